package org.setu.kernel.recruitment;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.CaseId;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A complaint as the read side keeps it, whole: the API renders each reader's part of it
 * ({@link ComplaintParties#sightOf}). The complainant and every free text stay sealed here.
 */
public record ComplaintView(ComplaintId complaintId, ComplaintStatus status, AgencyId receivingAgency,
                            Set<AgencyId> sharedWith, ComplaintFacts facts, Sealed complainant,
                            ComplaintConsent consent, List<Step> steps, Long awardBdt, long paidBdt,
                            boolean complainantErased, Instant receivedAt, Instant lastActivityAt, long version)
        implements ComplaintParties {

    /** One step of the lifecycle: what, when, by whom, and its reason or outcome where it has one (sealed). */
    public record Step(String step, Instant at, AgencyId agency, String staffId, Instant heldAt, Long amountBdt,
                       Sealed reason) {
    }

    /** The step that links the complaint to a case, followed by the case id. */
    public static final String LINKED_TO_CASE = "LINKED_TO_CASE_";

    public ComplaintView {
        sharedWith = Set.copyOf(sharedWith);
        steps = List.copyOf(steps);
    }

    /**
     * The deadlines this complaint missed and has still not met: registration while it is only received, the first
     * hearing while none was recorded; nothing once it has ended.
     */
    public List<ComplaintDeadline> overdue() {
        if (status.ended()) {
            return List.of();
        }
        boolean heard = steps.stream().anyMatch(s -> s.step().equals("HEARING"));
        return Arrays.stream(ComplaintDeadline.values())
                .filter(d -> steps.stream().anyMatch(s -> s.step().equals("OVERDUE_" + d)))
                .filter(d -> d == ComplaintDeadline.REGISTRATION ? status == ComplaintStatus.RECEIVED : !heard)
                .toList();
    }

    /** The referral cases this complaint is linked to, in the order linked. */
    public List<CaseId> cases() {
        return steps.stream().filter(s -> s.step().startsWith(LINKED_TO_CASE))
                .map(s -> new CaseId(s.step().substring(LINKED_TO_CASE.length()))).distinct().toList();
    }

    @Override
    public Licence respondent() {
        return facts.recruitingAgency();
    }
}
