package org.setu.api.agencies;

import org.setu.api.common.ApiQueries;
import org.setu.api.security.UserDirectory;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.recruitment.Licence;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.query.FindAgencyQuery;
import org.setu.kernel.sharing.AgreementList;
import org.setu.kernel.sharing.FindAgreementsQuery;
import reactor.core.publisher.Mono;

/**
 * Agency ids and partner ids never meet: no agency may be registered under a reserved id ({@link AgencyId#RESERVED})
 * or under the id of a partner (a client of the users file, or one named in an agreement), and no agreement may name
 * a registered agency as its partner. Otherwise a case referred to that "agency" could open for the partner.
 */
public final class ReservedAgencyIds {

    private final UserDirectory users;
    private final ApiQueries queries;

    public ReservedAgencyIds(UserDirectory users, ApiQueries queries) {
        this.users = users;
        this.queries = queries;
    }

    public Mono<Void> requireAgencyIdFree(AgencyId id) {
        if (id.reserved() || Licence.isLicenceForm(id) || users.knowsClient(id.value())) {
            return Mono.error(reserved(id));
        }
        return queries.ask(new FindAgreementsQuery(id.value()), AgreementList.class)
                .flatMap(list -> list.agreements().isEmpty() ? Mono.<Void>empty() : Mono.error(reserved(id)));
    }

    public Mono<Void> requirePartnerNotAnAgency(String partner) {
        if (partner == null) {
            return Mono.empty();
        }
        boolean reserved = AgencyId.RESERVED.contains(partner);
        AgencyId asAgency;
        try {
            asAgency = new AgencyId(partner);
        } catch (InvalidInputException notAnAgencyId) {
            return Mono.empty();
        }
        return queries.ask(new FindAgencyQuery(asAgency), AgencyView.class)
                .map(agency -> true).defaultIfEmpty(reserved)
                .flatMap(clash -> clash ? Mono.error(new RuleViolationException(ErrorCode.PARTNER_IS_AN_AGENCY,
                        "'" + partner + "' is an agency's or a reserved id: a partner needs an id of its own"))
                        : Mono.<Void>empty());
    }

    private static ConflictException reserved(AgencyId id) {
        return new ConflictException(ErrorCode.AGENCY_ID_RESERVED,
                "'" + id + "' is reserved (it names no agency, or a partner): choose another agency id");
    }
}
