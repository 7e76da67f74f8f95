package org.setu.kernel.recruitment;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a complaint stands, as much as its next step depends on: its status, whether the recruiting agency was
 * notified, how many hearings were held, the award and what was paid. The command side's rules build it from the
 * complaint's state, the console from the complaint's view; both ask {@link ComplaintStep} of it.
 */
public record ComplaintProgress(ComplaintId complaintId, ComplaintStatus status, boolean recruiterNotified,
                                int hearings, Long awardBdt, long paidBdt) {

    /** The lifecycle's steps, by their API action names, in the order a complaint takes them. */
    public static final List<String> STEPS = Arrays.stream(ComplaintStep.values()).map(ComplaintStep::path).toList();

    /** From a complaint's steps as the view records them ({@code AGENCY_NOTIFIED}, {@code HEARING}, ...). */
    public static ComplaintProgress of(ComplaintId complaintId, ComplaintStatus status, List<String> stepsTaken,
                                       Long awardBdt, long paidBdt) {
        return new ComplaintProgress(complaintId, status, stepsTaken.contains("AGENCY_NOTIFIED"),
                (int) stepsTaken.stream().filter("HEARING"::equals).count(), awardBdt, paidBdt);
    }

    public boolean reopened() {
        return status == ComplaintStatus.REOPENED;
    }

    public boolean awarded() {
        return awardBdt != null;
    }

    /** What is still owed on the award (0 without one). */
    public long outstandingBdt() {
        return awarded() ? awardBdt - paidBdt : 0;
    }

    /** The steps (their API action names) the receiving agency can take now, in the lifecycle's order. */
    public Set<String> nextSteps() {
        return Arrays.stream(ComplaintStep.values()).filter(step -> step.allows(this)).map(ComplaintStep::path)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
