package org.setu.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.referral.CaseDetail;
import org.setu.api.referral.CaseRenderer;
import org.setu.api.common.ApiQueries;
import org.setu.api.privacy.PersonalData;
import org.setu.api.security.Caller;
import org.setu.kernel.audit.AuditEntry;
import org.setu.kernel.audit.AuditPage;
import org.setu.kernel.audit.FindAuditEntriesQuery;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Role;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.FindAgencyQuery;
import org.setu.kernel.query.FindCaseAsOfQuery;
import org.setu.kernel.referral.CaseId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.kernel.agency.AgencyType;
import reactor.core.scheduler.Schedulers;

/**
 * What an agency was shown of a case and when: each recorded view, with the personal-data fields and referrals that
 * agency's view held at that instant (rebuilt by time travel). Field names only: no personal data is returned.
 */
@RestController
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
public class DisclosureController {

    private final ApiQueries queries;
    private final PersonalDataVault vault;

    public DisclosureController(ApiQueries queries, PersonalDataVault vault) {
        this.queries = queries;
        this.vault = vault;
    }

    /** One disclosure: when, to whom, which subject fields, which referrals and how many notes were in the view. */
    public record Disclosure(Instant at, String actor, String agency, List<String> personalFields, List<String> referrals,
                             int notes) {
    }

    @GetMapping("/api/v1/cases/{caseId}/disclosures")
    @Operation(summary = "What agency X was shown of the case, and when (SECRETARIAT_REVIEWER)")
    public Flux<Disclosure> disclosures(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                        @RequestParam String agency) {
        Caller.of(jwt).require(Role.SECRETARIAT_REVIEWER);
        CaseId id = new CaseId(caseId);
        AgencyId viewer = new AgencyId(Checks.required(agency, "agency"));
        Mono<Optional<AgencyType>> type = queries.ask(new FindAgencyQuery(viewer), AgencyView.class)
                .map(a -> Optional.of(a.type())).defaultIfEmpty(Optional.empty());
        return queries.ask(new FindAuditEntriesQuery(id.value(), viewer.value(), null, "CaseViewed", null, null, 0, 100),
                        AuditPage.class)
                .zipWith(type)
                .flatMapMany(t -> Flux.fromIterable(t.getT1().items()).concatMap(entry -> disclosure(id, viewer,
                        t.getT2().orElse(null), entry)));
    }

    private Mono<Disclosure> disclosure(CaseId id, AgencyId viewer, AgencyType type, AuditEntry entry) {
        return queries.ask(new FindCaseAsOfQuery(id, entry.at()), CaseView.class)
                .publishOn(Schedulers.boundedElastic()).map(past -> {
            // Opened only to learn which fields held a value; the values never leave this method.
            CaseDetail shown = CaseRenderer.render(past, viewer, type, false, vault.lazyKey(id), entry.at());
            List<String> fields = new ArrayList<>();
            if (shown.subject() != null && shown.subjectErased()) {
                fields.add("subject (erased since: which fields were shown can no longer be told)");
            } else if (shown.subject() != null) {
                var s = shown.subject();
                String[] values = {s.fullName(), s.dateOfBirth(), s.sex(), s.phone(), s.passportNumber()};
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        fields.add(PersonalData.SUBJECT_FIELDS[i]);
                    }
                }
            }
            return new Disclosure(entry.at(), entry.actor(), entry.agency(), fields,
                    shown.referrals().stream().map(CaseDetail.Referral::referralId).toList(), shown.notes().size());
        });
    }
}
