package org.setu.api.recruitment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.setu.kernel.recruitment.ComplaintCategory;
import org.setu.kernel.recruitment.ComplaintChannel;
import org.setu.kernel.recruitment.ComplaintConsent;
import org.setu.kernel.recruitment.ComplaintDeadline;
import org.setu.kernel.recruitment.ComplaintStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A complaint as one reader may see it ({@link ComplaintRenderer}); absent fields are left out. {@code overdue}: the
 * deadlines it missed and has not met yet (docs/recruitment.md, "Deadlines"); {@code cases}: the referral cases
 * of the same person it is linked to (not for the recruiting agency's representative); {@code subAgentRegistered}:
 * whether the sub-agent named is on the agency's register (null when none is named), with its registration.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintDetail(String complaintId, ComplaintStatus status, String recruitingAgency, String subAgent,
                              ComplaintChannel channel, Set<ComplaintCategory> categories, String countryOfDestination,
                              String sex, Amounts amounts, String receivingAgency, Set<String> sharedWith,
                              Map<String, String> complainant, ComplaintConsent consent, List<Step> steps,
                              Instant receivedAt, String sight, List<ComplaintDeadline> overdue,
                              List<String> cases, Boolean subAgentRegistered, String subAgentRegistration) {

    /** Taka, whole: what the complainant paid and claims, the government ceiling, the award and what was paid. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Amounts(Long costPaidBdt, Long governmentCeilingBdt, Long amountClaimedBdt, Long monthlyWageBdt,
                          Long awardBdt, long paidBdt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String step, Instant at, String agency, Instant heldAt, Long amountBdt, String reason) {
    }

    /** A row of {@code GET /api/v1/complaints}: no complainant, whoever reads it. */
    public record Summary(String complaintId, ComplaintStatus status, String recruitingAgency, String receivingAgency,
                          ComplaintChannel channel, Set<ComplaintCategory> categories, String countryOfDestination,
                          Instant receivedAt, List<ComplaintDeadline> overdue) {
    }

    // qualified: this record's own name hides the kernel's Page
    public record Page(List<Summary> items, int page, int size, long total) implements org.setu.kernel.query.Page<Summary> {
    }
}
