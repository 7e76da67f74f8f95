package org.setu.api.console.recruitment;

import org.setu.api.recruitment.RecruitingAgencyController.AgencyRecord;
import org.setu.api.security.Caller;
import org.setu.kernel.common.Role;
import org.setu.kernel.recruitment.Licence;
import org.setu.kernel.recruitment.LicenceStatus;
import org.setu.kernel.recruitment.RecruitingAgencyView.SanctionView;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which forms an agency's scorecard offers (docs/recruitment.md): the secretariat's administrators impose sanctions
 * (not on a cancelled licence), record deployments and sub-agents and decide appeals; the agency's own representative (or the
 * secretariat on its behalf) appeals a sanction not yet appealed. Only what to show: the API still decides, the
 * 30-day appeal window included, and its refusal is shown on the form.
 */
public record AgencyActions(boolean sanction, boolean deployments, Set<String> appeal, Set<String> decide,
                            boolean subAgents) {

    public static AgencyActions of(AgencyRecord agency, Caller caller) {
        boolean admin = caller.has(Role.SECRETARIAT_ADMIN);
        boolean own = caller.has(Role.RECRUITER_REPRESENTATIVE)
                && caller.agency().equals(new Licence(agency.licence()).asAgencyId());
        List<SanctionView> sanctions = sanctions(agency);
        return new AgencyActions(admin && agency.status() != LicenceStatus.CANCELLED, admin,
                (admin || own) ? ids(sanctions, s -> s.appeal() == null) : Set.of(),
                admin ? ids(sanctions, s -> "LODGED".equals(s.appeal())) : Set.of(), admin);
    }

    @SuppressWarnings("unchecked") // the API's record carries the view's sanctions as they are
    static List<SanctionView> sanctions(AgencyRecord agency) {
        return agency.sanctions() == null ? List.of() : (List<SanctionView>) agency.sanctions();
    }

    private static Set<String> ids(List<SanctionView> sanctions, Predicate<SanctionView> which) {
        return sanctions.stream().filter(which).map(s -> s.sanctionId().value()).collect(Collectors.toSet());
    }

    public boolean any() {
        return sanction || deployments || !appeal.isEmpty() || !decide.isEmpty() || subAgents;
    }
}
