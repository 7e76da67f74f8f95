package org.setu.kernel.recruitment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.setu.kernel.recruitment.ComplaintStatus.*;

/**
 * Where a complaint stands, as much as the next step depends on: its status, whether the recruiting agency was
 * notified, how many hearings were held, the award and what was paid. {@link #nextSteps} names the lifecycle steps
 * (the API's action names) that the receiving agency can take now, for pages that offer only those. The command
 * side's rules decide; {@code ComplaintProgressAgreesWithRulesTest} walks every status and step to keep the two
 * in step.
 */
public record ComplaintProgress(ComplaintStatus status, boolean recruiterNotified, int hearings, Long awardBdt,
                                long paidBdt) {

    /** The lifecycle's steps, by their API action names, in the order a complaint takes them. */
    public static final List<String> STEPS = List.of("register", "notify-agency", "hearing", "award", "payment",
            "default", "refer-to-court", "withdraw", "close", "reopen");

    /** From a complaint's steps as the view records them ({@code AGENCY_NOTIFIED}, {@code HEARING}, ...). */
    public static ComplaintProgress of(ComplaintStatus status, List<String> stepsTaken, Long awardBdt, long paidBdt) {
        return new ComplaintProgress(status, stepsTaken.contains("AGENCY_NOTIFIED"),
                (int) stepsTaken.stream().filter("HEARING"::equals).count(), awardBdt, paidBdt);
    }

    /** What is still owed on the award (0 without one). */
    public long outstandingBdt() {
        return awardBdt == null ? 0 : awardBdt - paidBdt;
    }

    public Set<String> nextSteps() {
        Set<String> next = new LinkedHashSet<>();
        if (status.ended()) {
            next.add("reopen");
            return next;
        }
        boolean reopened = status == REOPENED;
        boolean owed = outstandingBdt() > 0;
        add(next, "register", status == RECEIVED);
        add(next, "notify-agency", status == REGISTERED || reopened && !recruiterNotified);
        add(next, "hearing", status == AGENCY_NOTIFIED || status == HEARING || reopened && recruiterNotified);
        add(next, "award", hearings > 0 && (status == HEARING || reopened));
        add(next, "payment", owed && PAYABLE.contains(status));
        add(next, "default", owed && DEFAULTABLE.contains(status));
        add(next, "refer-to-court", status != RECEIVED);
        next.add("withdraw");
        add(next, "close", CLOSABLE.contains(status));
        return next;
    }

    private static void add(Set<String> steps, String step, boolean allowed) {
        if (allowed) {
            steps.add(step);
        }
    }
}
