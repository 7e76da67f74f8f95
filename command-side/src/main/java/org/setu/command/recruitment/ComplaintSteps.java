package org.setu.command.recruitment;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.recruitment.*;

import static org.setu.kernel.recruitment.ComplaintStep.*;

/**
 * The lifecycle of a complaint that has not ended, as the receiving agency moves it: RECEIVED → REGISTERED →
 * AGENCY_NOTIFIED → HEARING (one or more) → AWARDED → PARTIALLY_PAID / PAID / DEFAULTED → CLOSED, with the exits
 * to court and withdrawal. What must hold before each step is {@link ComplaintStep}'s table (the console offers by
 * the same table); this adds the checks of each step's own input and makes its event.
 */
final class ComplaintSteps {

    private ComplaintSteps() {
    }

    static ComplaintEvent step(ComplaintCommand command, ComplaintState state) {
        ComplaintId id = state.complaintId();
        if (command instanceof RegisterComplaintCommand c) {
            require(REGISTER, state);
            return new ComplaintRegisteredEvent(id, c.stamp());
        }
        if (command instanceof NotifyRecruiterCommand c) {
            require(NOTIFY_AGENCY, state);
            return new RecruiterNotifiedEvent(id, c.stamp());
        }
        if (command instanceof RecordHearingCommand c) return hearing(c, state);
        if (command instanceof MakeAwardCommand c) return award(c, state);
        if (command instanceof RecordPaymentCommand c) return payment(c, state);
        if (command instanceof RecordDefaultCommand c) {
            require(DEFAULT, state);
            return new AwardDefaultedEvent(id, c.reason(), c.stamp());
        }
        if (command instanceof ReferComplaintToCourtCommand c) {
            require(REFER_TO_COURT, state);
            return new ComplaintReferredToCourtEvent(id, c.reason(), c.stamp());
        }
        if (command instanceof WithdrawComplaintCommand c) {
            require(WITHDRAW, state);
            return new ComplaintWithdrawnEvent(id, c.reason(), c.stamp());
        }
        if (command instanceof CloseComplaintCommand c) {
            require(CLOSE, state);
            return new ComplaintClosedEvent(id, c.outcome(), c.stamp());
        }
        if (command instanceof ReopenComplaintCommand c) {
            require(REOPEN, state);
            return new ComplaintReopenedEvent(id, c.reason(), c.stamp());
        }
        throw new IllegalArgumentException("No complaint rule decides " + command.getClass().getName());
    }

    private static void require(ComplaintStep step, ComplaintState state) {
        var refusal = step.refusal(state.progress());
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private static ComplaintEvent hearing(RecordHearingCommand cmd, ComplaintState state) {
        require(ComplaintStep.HEARING, state);
        if (cmd.heldAt().isAfter(cmd.stamp().at())) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "at", "A hearing is recorded once it was held: "
                    + "at must not be in the future");
        }
        return new HearingHeldEvent(state.complaintId(), cmd.heldAt(), cmd.stamp());
    }

    private static ComplaintEvent award(MakeAwardCommand cmd, ComplaintState state) {
        require(AWARD, state);
        if (cmd.amountBdt() < state.paidBdt()) {
            throw new RuleViolationException(ErrorCode.PAYMENT_EXCEEDS_AWARD, "Tk " + state.paidBdt()
                    + " was paid already; an award of Tk " + cmd.amountBdt() + " would be exceeded by the payments");
        }
        return new AwardMadeEvent(state.complaintId(), cmd.amountBdt(), cmd.stamp());
    }

    private static ComplaintEvent payment(RecordPaymentCommand cmd, ComplaintState state) {
        require(PAYMENT, state);
        if (cmd.amountBdt() > state.outstandingBdt()) {
            throw new RuleViolationException(ErrorCode.PAYMENT_EXCEEDS_AWARD, "Tk " + cmd.amountBdt()
                    + " is more than the Tk " + state.outstandingBdt() + " still owed on the award of Tk "
                    + state.awardBdt());
        }
        return new PaymentRecordedEvent(state.complaintId(), cmd.amountBdt(), cmd.stamp());
    }
}
