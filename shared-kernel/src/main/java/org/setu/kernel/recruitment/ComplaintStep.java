package org.setu.kernel.recruitment;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.RuleViolationException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.setu.kernel.recruitment.ComplaintStatus.*;

/**
 * The steps the receiving agency takes on a complaint (docs/recruitment.md), as one table: what must hold before
 * each — its status, and for some what happened before it (a notice, a hearing, an award, money still owed) — with
 * the refusal when it does not. A reopened complaint takes up where it stood, so those steps ask what happened, not
 * only the status. The command side's rules refuse by {@link #refusal}; the console offers the steps that
 * {@link #allows} ({@link ComplaintProgress#nextSteps}); neither writes the conditions again. What a step's own
 * input must be (a hearing not in the future, a payment within what is owed) the rules check after these.
 */
public enum ComplaintStep {
    REGISTER("register", open(), status("Registering", Set.of(RECEIVED))),
    NOTIFY_AGENCY("notify-agency", open(), when(p -> p.status() == REGISTERED || p.reopened() && !p.recruiterNotified(),
            "Notifying the recruiting agency")),
    HEARING("hearing", open(), when(p -> p.status() == AGENCY_NOTIFIED || p.status() == ComplaintStatus.HEARING
            || p.reopened() && p.recruiterNotified(), "Recording a hearing")),
    AWARD("award", open(),
            new Condition(p -> p.hearings() > 0, ErrorCode.AWARD_NEEDS_HEARING,
                    p -> "An award is made after a hearing; none was recorded for complaint " + p.complaintId()),
            status("Making an award", Set.of(ComplaintStatus.HEARING, REOPENED))),
    PAYMENT("payment", open(),
            new Condition(ComplaintProgress::awarded, ErrorCode.INVALID_TRANSITION,
                    p -> "A payment is of an award; complaint " + p.complaintId() + " has none"),
            status("Recording a payment", PAYABLE),
            new Condition(p -> p.outstandingBdt() > 0, ErrorCode.PAYMENT_EXCEEDS_AWARD,
                    p -> "The award of Tk " + p.awardBdt() + " is paid in full: nothing is still owed")),
    DEFAULT("default", open(),
            new Condition(p -> p.outstandingBdt() > 0, ErrorCode.INVALID_TRANSITION,
                    p -> "Only an award with money still owed can be defaulted on; the complaint is " + p.status()),
            status("Recording a default", DEFAULTABLE)),
    REFER_TO_COURT("refer-to-court", open(), new Condition(p -> p.status() != RECEIVED, ErrorCode.INVALID_TRANSITION,
            p -> "Register the complaint before referring it to court")),
    WITHDRAW("withdraw", open()),
    CLOSE("close", open(), status("Closing", CLOSABLE)),
    REOPEN("reopen", new Condition(p -> p.status().ended(), ErrorCode.COMPLAINT_NOT_ENDED,
            p -> "Complaint " + p.complaintId() + " is " + p.status() + ": only an ended complaint is reopened"));

    /** What must hold before a step, and how the rules refuse when it does not. */
    private record Condition(Predicate<ComplaintProgress> holds, ErrorCode code,
                             Function<ComplaintProgress, String> message) {

        RuleViolationException refusal(ComplaintProgress progress) {
            return new RuleViolationException(code, message.apply(progress));
        }
    }

    private final String path;
    private final List<Condition> conditions;

    ComplaintStep(String path, Condition... conditions) {
        this.path = path;
        this.conditions = List.of(conditions);
    }

    /** The step's action name in the API ({@code POST /api/v1/complaints/{id}/<path>}). */
    public String path() {
        return path;
    }

    /** Whether the step can be taken where the complaint stands. */
    public boolean allows(ComplaintProgress progress) {
        return conditions.stream().allMatch(c -> c.holds().test(progress));
    }

    /** Why the step cannot be taken where the complaint stands (the first condition that fails), or empty. */
    public Optional<RuleViolationException> refusal(ComplaintProgress progress) {
        return conditions.stream().filter(c -> !c.holds().test(progress)).findFirst().map(c -> c.refusal(progress));
    }

    /**
     * The refusal of anything but a reopening once a complaint has ended (closed, referred to court, withdrawn): the
     * rules give it to every command not taken then, the lifecycle's steps and the others.
     */
    public static RuleViolationException ended(ComplaintProgress progress) {
        return open().refusal(progress);
    }

    // Conditions are made by static methods, not held in static fields: an enum's constants are built before those.
    private static Condition open() {
        return new Condition(p -> !p.status().ended(), ErrorCode.COMPLAINT_ENDED,
                p -> "Complaint " + p.complaintId() + " is " + p.status() + ": reopen it first");
    }

    private static Condition status(String step, Set<ComplaintStatus> from) {
        return when(p -> from.contains(p.status()), step);
    }

    private static Condition when(Predicate<ComplaintProgress> holds, String step) {
        return new Condition(holds, ErrorCode.INVALID_TRANSITION,
                p -> step + " is not possible while the complaint is " + p.status());
    }
}
