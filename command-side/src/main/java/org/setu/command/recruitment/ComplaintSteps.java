package org.setu.command.recruitment;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.recruitment.*;

import java.util.EnumSet;

import static org.setu.command.recruitment.ComplaintRules.reopened;
import static org.setu.command.recruitment.ComplaintRules.requireStatus;
import static org.setu.kernel.recruitment.ComplaintStatus.*;

/**
 * The lifecycle of a complaint that has not ended, as the receiving agency moves it: RECEIVED → REGISTERED →
 * AGENCY_NOTIFIED → HEARING (one or more) → AWARDED → PARTIALLY_PAID / PAID / DEFAULTED → CLOSED, with the exits
 * to court and withdrawal. A reopened complaint takes up where it stood: each step asks what happened before it
 * (a notice, a hearing, an award), not only the status.
 */
final class ComplaintSteps {

    private ComplaintSteps() {
    }

    static ComplaintEvent step(ComplaintCommand command, ComplaintState state) {
        ComplaintId id = state.complaintId();
        if (command instanceof RegisterComplaintCommand c) {
            requireStatus(state, "Registering", EnumSet.of(RECEIVED));
            return new ComplaintRegisteredEvent(id, c.stamp());
        }
        if (command instanceof NotifyRecruiterCommand c) {
            if (!(reopened(state) && !state.recruiterNotified())) {
                requireStatus(state, "Notifying the recruiting agency", EnumSet.of(REGISTERED));
            }
            return new RecruiterNotifiedEvent(id, c.stamp());
        }
        if (command instanceof RecordHearingCommand c) return hearing(c, state);
        if (command instanceof MakeAwardCommand c) return award(c, state);
        if (command instanceof RecordPaymentCommand c) return payment(c, state);
        if (command instanceof RecordDefaultCommand c) {
            if (!state.awarded() || state.outstandingBdt() == 0) {
                throw new RuleViolationException(ErrorCode.INVALID_TRANSITION, "Only an award with money still owed "
                        + "can be defaulted on; the complaint is " + state.status());
            }
            requireStatus(state, "Recording a default", DEFAULTABLE);
            return new AwardDefaultedEvent(id, c.reason(), c.stamp());
        }
        if (command instanceof ReferComplaintToCourtCommand c) {
            if (state.status() == RECEIVED) {
                throw new RuleViolationException(ErrorCode.INVALID_TRANSITION, "Register the complaint before "
                        + "referring it to court");
            }
            return new ComplaintReferredToCourtEvent(id, c.reason(), c.stamp());
        }
        if (command instanceof WithdrawComplaintCommand c) return new ComplaintWithdrawnEvent(id, c.reason(), c.stamp());
        if (command instanceof CloseComplaintCommand c) {
            requireStatus(state, "Closing", CLOSABLE);
            return new ComplaintClosedEvent(id, c.outcome(), c.stamp());
        }
        if (command instanceof ReopenComplaintCommand c) {
            if (!state.status().ended()) {
                throw new RuleViolationException(ErrorCode.COMPLAINT_NOT_ENDED,
                        "Complaint " + id + " is " + state.status() + ": only an ended complaint is reopened");
            }
            return new ComplaintReopenedEvent(id, c.reason(), c.stamp());
        }
        throw new IllegalArgumentException("No complaint rule decides " + command.getClass().getName());
    }

    private static ComplaintEvent hearing(RecordHearingCommand cmd, ComplaintState state) {
        if (!(reopened(state) && state.recruiterNotified())) {
            requireStatus(state, "Recording a hearing", EnumSet.of(AGENCY_NOTIFIED, HEARING));
        }
        if (cmd.heldAt().isAfter(cmd.stamp().at())) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "at", "A hearing is recorded once it was held: "
                    + "at must not be in the future");
        }
        return new HearingHeldEvent(state.complaintId(), cmd.heldAt(), cmd.stamp());
    }

    private static ComplaintEvent award(MakeAwardCommand cmd, ComplaintState state) {
        if (state.hearings() == 0) {
            throw new RuleViolationException(ErrorCode.AWARD_NEEDS_HEARING,
                    "An award is made after a hearing; none was recorded for complaint " + state.complaintId());
        }
        requireStatus(state, "Making an award", EnumSet.of(HEARING, REOPENED));
        if (cmd.amountBdt() < state.paidBdt()) {
            throw new RuleViolationException(ErrorCode.PAYMENT_EXCEEDS_AWARD, "Tk " + state.paidBdt()
                    + " was paid already; an award of Tk " + cmd.amountBdt() + " would be exceeded by the payments");
        }
        return new AwardMadeEvent(state.complaintId(), cmd.amountBdt(), cmd.stamp());
    }

    private static ComplaintEvent payment(RecordPaymentCommand cmd, ComplaintState state) {
        if (!state.awarded()) {
            throw new RuleViolationException(ErrorCode.INVALID_TRANSITION, "A payment is of an award; complaint "
                    + state.complaintId() + " has none");
        }
        requireStatus(state, "Recording a payment", PAYABLE);
        if (cmd.amountBdt() > state.outstandingBdt()) {
            throw new RuleViolationException(ErrorCode.PAYMENT_EXCEEDS_AWARD, "Tk " + cmd.amountBdt()
                    + " is more than the Tk " + state.outstandingBdt() + " still owed on the award of Tk "
                    + state.awardBdt());
        }
        return new PaymentRecordedEvent(state.complaintId(), cmd.amountBdt(), cmd.stamp());
    }
}
