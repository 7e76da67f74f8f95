package org.setu.api.recruitment;

import org.setu.api.privacy.PersonalData;
import org.setu.api.privacy.PersonalDataVault.SubjectKey;
import org.setu.kernel.recruitment.ComplaintParties.Sight;
import org.setu.kernel.recruitment.ComplaintView;
import org.setu.kernel.recruitment.RecruitingAgencyView.SubAgent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Field-level need-to-know for complaints, as one pure function of the view and the reader's {@link Sight}
 * ({@code ComplaintParties.sightOf}, which decided whether the reader sees the complaint at all):
 *
 * <ul>
 *   <li>{@code FULL} (the receiving agency, agencies it shared with): everything, the complainant and every reason.</li>
 *   <li>{@code WITHOUT_PERSONAL_DATA} (the secretariat): everything but the complainant and the free-text reasons,
 *   which may name them.</li>
 *   <li>{@code RESPONDENT} (the recruiting agency complained against): the complaint, its amounts and steps, but not
 *   the complainant, their sex, the reasons, the consent, nor which other agencies hold it.</li>
 *   <li>{@code RESPONDENT_WITH_IDENTITY}: as {@code RESPONDENT}, with the complainant's name and passport number,
 *   which they consented to show the agency (never their phone: retaliation is documented).</li>
 * </ul>
 * The key is opened only when something personal is shown.
 */
final class ComplaintRenderer {

    private ComplaintRenderer() {
    }

    /** @param register the sub-agents registered with the agency complained against */
    static ComplaintDetail render(ComplaintView v, Sight sight, SubjectKey key, List<SubAgent> register) {
        boolean respondent = sight.respondent();
        boolean full = sight == Sight.FULL;
        var f = v.facts();
        List<ComplaintDetail.Step> steps = v.steps().stream()
                .filter(s -> !respondent || !(s.step().startsWith("SHARED_WITH_") || s.step().equals("COMPLAINANT_ERASED")
                        || s.step().startsWith(ComplaintView.LINKED_TO_CASE)))
                .map(s -> new ComplaintDetail.Step(s.step(), s.at(), s.agency().value(), s.heldAt(), s.amountBdt(),
                        full ? PersonalData.openReason(key, s.reason()) : null))
                .toList();
        return new ComplaintDetail(v.complaintId().value(), v.status(), f.recruitingAgency().value(), f.subAgent(),
                f.channel(), f.categories(), f.countryOfDestination(),
                sight == Sight.RESPONDENT ? null : f.sex().name(),
                new ComplaintDetail.Amounts(f.costPaidBdt(), f.governmentCeilingBdt(), f.amountClaimedBdt(),
                        f.monthlyWageBdt(), v.awardBdt(), v.paidBdt()),
                v.receivingAgency().value(),
                respondent ? null : v.sharedWith().stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new)),
                complainant(v, sight, key), respondent ? null : v.consent(), steps, v.receivedAt(), sight.name(),
                v.overdue(), respondent ? null : v.cases().stream().map(Object::toString).toList(),
                f.subAgent() == null ? null : SubAgentMatch.registrationOf(f.subAgent(), register) != null,
                SubAgentMatch.registrationOf(f.subAgent(), register));
    }

    private static Map<String, String> complainant(ComplaintView v, Sight sight, SubjectKey key) {
        if (!sight.personalData()) {
            return null;
        }
        Map<String, String> all = PersonalData.openSubject(key, v.complainant(), v.complainantErased());
        if (sight == Sight.FULL) {
            return all;
        }
        Map<String, String> identity = new LinkedHashMap<>();
        for (String field : List.of("fullName", "passportNumber")) {
            identity.put(field, all.get(field));
        }
        return identity;
    }

    static ComplaintDetail.Summary summary(ComplaintView v) {
        var f = v.facts();
        return new ComplaintDetail.Summary(v.complaintId().value(), v.status(), f.recruitingAgency().value(),
                v.receivingAgency().value(), f.channel(), f.categories(), f.countryOfDestination(), v.receivedAt(),
                v.overdue());
    }
}
