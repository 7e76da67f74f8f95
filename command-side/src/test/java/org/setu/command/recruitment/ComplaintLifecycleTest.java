package org.setu.command.recruitment;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.SetuException;
import org.setu.kernel.recruitment.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.command.recruitment.Complaints.*;
import static org.setu.kernel.common.ErrorCode.*;

/**
 * Every cell of the complaint lifecycle: each status (reached by a history of events) against each step, with the
 * event it makes or the refusal it gets. The table is the lifecycle of docs/recruitment.md.
 */
class ComplaintLifecycleTest {

    private static final long AWARD = 100_000;

    /** The steps, as the receiving agency's caseworker takes them. */
    private static final Map<String, Supplier<ComplaintCommand>> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("register", () -> new RegisterComplaintCommand(COMPLAINT, caseworker(MOEWOE)));
        STEPS.put("notify", () -> new NotifyRecruiterCommand(COMPLAINT, caseworker(MOEWOE)));
        STEPS.put("hearing", () -> new RecordHearingCommand(COMPLAINT, T0.minusSeconds(3600), caseworker(MOEWOE)));
        STEPS.put("award", () -> new MakeAwardCommand(COMPLAINT, AWARD, caseworker(MOEWOE)));
        STEPS.put("payment", () -> new RecordPaymentCommand(COMPLAINT, 10_000, caseworker(MOEWOE)));
        STEPS.put("default", () -> new RecordDefaultCommand(COMPLAINT, sealed("no payment"), caseworker(MOEWOE)));
        STEPS.put("court", () -> new ReferComplaintToCourtCommand(COMPLAINT, sealed("fraud"), caseworker(MOEWOE)));
        STEPS.put("withdraw", () -> new WithdrawComplaintCommand(COMPLAINT, sealed("settled"), caseworker(MOEWOE)));
        STEPS.put("close", () -> new CloseComplaintCommand(COMPLAINT, sealed("paid"), caseworker(MOEWOE)));
        STEPS.put("reopen", () -> new ReopenComplaintCommand(COMPLAINT, sealed("cheque bounced"), caseworker(MOEWOE)));
    }

    private static ComplaintState after(ComplaintState state, ComplaintEvent... events) {
        for (ComplaintEvent e : events) {
            state = state.evolve(e);
        }
        return state;
    }

    private static final ComplaintState RECEIVED = after(ComplaintState.NONE, filed());
    private static final ComplaintState REGISTERED = after(RECEIVED, new ComplaintRegisteredEvent(COMPLAINT, caseworker(MOEWOE)));
    private static final ComplaintState NOTIFIED = after(REGISTERED, new RecruiterNotifiedEvent(COMPLAINT, caseworker(MOEWOE)));
    private static final ComplaintState HEARING = after(NOTIFIED, new HearingHeldEvent(COMPLAINT, T0, caseworker(MOEWOE)));
    private static final ComplaintState AWARDED = after(HEARING, new AwardMadeEvent(COMPLAINT, AWARD, caseworker(MOEWOE)));
    private static final ComplaintState PARTLY = after(AWARDED, new PaymentRecordedEvent(COMPLAINT, 40_000, caseworker(MOEWOE)));
    private static final ComplaintState PAID = after(PARTLY, new PaymentRecordedEvent(COMPLAINT, 60_000, caseworker(MOEWOE)));
    private static final ComplaintState DEFAULTED = after(AWARDED, new AwardDefaultedEvent(COMPLAINT, sealed("x"), caseworker(MOEWOE)));
    private static final ComplaintState CLOSED = after(PAID, new ComplaintClosedEvent(COMPLAINT, sealed("paid"), caseworker(MOEWOE)));
    private static final ComplaintState IN_COURT = after(REGISTERED,
            new ComplaintReferredToCourtEvent(COMPLAINT, sealed("fraud"), caseworker(MOEWOE)));
    private static final ComplaintState WITHDRAWN = after(RECEIVED,
            new ComplaintWithdrawnEvent(COMPLAINT, sealed("settled"), caseworker(MOEWOE)));
    private static final ComplaintState REOPENED = after(CLOSED, new ComplaintReopenedEvent(COMPLAINT, sealed("again"), caseworker(MOEWOE)));

    private static final String ENDED = COMPLAINT_ENDED.name();
    private static final String NO = INVALID_TRANSITION.name();

    /** Status, then per step (in the order of {@link #STEPS}) the event made or the refusal's code. */
    private static final Object[][] TABLE = {
            {RECEIVED, "Registered", NO, NO, "AWARD_NEEDS_HEARING", NO, NO, NO, "Withdrawn", NO, "COMPLAINT_NOT_ENDED"},
            {REGISTERED, NO, "RecruiterNotified", NO, "AWARD_NEEDS_HEARING", NO, NO, "ReferredToCourt", "Withdrawn", NO, "COMPLAINT_NOT_ENDED"},
            {NOTIFIED, NO, NO, "HearingHeld", "AWARD_NEEDS_HEARING", NO, NO, "ReferredToCourt", "Withdrawn", NO, "COMPLAINT_NOT_ENDED"},
            {HEARING, NO, NO, "HearingHeld", "AwardMade", NO, NO, "ReferredToCourt", "Withdrawn", NO, "COMPLAINT_NOT_ENDED"},
            {AWARDED, NO, NO, NO, NO, "PaymentRecorded", "AwardDefaulted", "ReferredToCourt", "Withdrawn", "Closed", "COMPLAINT_NOT_ENDED"},
            {PARTLY, NO, NO, NO, NO, "PaymentRecorded", "AwardDefaulted", "ReferredToCourt", "Withdrawn", "Closed", "COMPLAINT_NOT_ENDED"},
            {PAID, NO, NO, NO, NO, NO, NO, "ReferredToCourt", "Withdrawn", "Closed", "COMPLAINT_NOT_ENDED"},
            {DEFAULTED, NO, NO, NO, NO, "PaymentRecorded", NO, "ReferredToCourt", "Withdrawn", "Closed", "COMPLAINT_NOT_ENDED"},
            {CLOSED, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, "Reopened"},
            {IN_COURT, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, "Reopened"},
            {WITHDRAWN, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, ENDED, "Reopened"},
            {REOPENED, NO, NO, "HearingHeld", "AwardMade", "PAYMENT_EXCEEDS_AWARD", NO, "ReferredToCourt", "Withdrawn", "Closed",
                    "COMPLAINT_NOT_ENDED"},
    };

    @Test
    void every_status_takes_exactly_the_steps_of_the_lifecycle() {
        List<String> wrong = new ArrayList<>();
        for (Object[] row : TABLE) {
            ComplaintState state = (ComplaintState) row[0];
            int column = 1;
            for (var step : STEPS.entrySet()) {
                String expected = (String) row[column++];
                String actual = outcome(step.getValue().get(), state);
                if (!actual.equals(expected)) {
                    wrong.add(state.status() + " + " + step.getKey() + ": expected " + expected + " but got " + actual);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_table_covers_every_status() {
        assertThat(List.of(TABLE).stream().map(row -> ((ComplaintState) row[0]).status()).distinct())
                .containsExactlyInAnyOrder(ComplaintStatus.values());
    }

    @Test
    void each_step_moves_the_complaint_to_the_status_the_diagram_shows() {
        assertThat(PARTLY.status()).isEqualTo(ComplaintStatus.PARTIALLY_PAID);
        assertThat(PAID.status()).isEqualTo(ComplaintStatus.PAID);
        assertThat(PAID.paidBdt()).isEqualTo(AWARD);
        assertThat(DEFAULTED.status()).isEqualTo(ComplaintStatus.DEFAULTED);
        assertThat(after(DEFAULTED, new PaymentRecordedEvent(COMPLAINT, 20_000, caseworker(MOEWOE))).status())
                .isEqualTo(ComplaintStatus.PARTIALLY_PAID);
        assertThat(REOPENED.status()).isEqualTo(ComplaintStatus.REOPENED);
    }

    private static String outcome(ComplaintCommand command, ComplaintState state) {
        try {
            List<ComplaintEvent> events = ComplaintRules.decide(command, state, deps());
            assertThat(events).hasSize(1);
            String name = events.get(0).getClass().getSimpleName();
            return name.replace("Complaint", "").replace("Event", "");
        } catch (SetuException refused) {
            return refused.code().name();
        }
    }

    static ErrorCode codeOf(Runnable decision) {
        try {
            decision.run();
            return null;
        } catch (SetuException refused) {
            return refused.code();
        }
    }
}
