package org.setu.kernel.recruitment;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.RuleViolationException;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.kernel.recruitment.ComplaintStatus.*;

/** The complaint lifecycle's one table: what the console offers and what the rules refuse, as plain functions. */
class ComplaintStepTest {

    private static final ComplaintId ID = new ComplaintId("K-0001");

    private static ComplaintProgress at(ComplaintStatus status, boolean notified, int hearings, Long award, long paid) {
        return new ComplaintProgress(ID, status, notified, hearings, award, paid);
    }

    @Test
    void a_step_is_offered_exactly_when_the_rules_would_not_refuse_it_wherever_a_complaint_stands() {
        int checked = 0;
        for (ComplaintStatus status : ComplaintStatus.values()) {
            for (boolean notified : List.of(false, true)) {
                for (int hearings : List.of(0, 2)) {
                    for (Long award : Arrays.asList(null, 50_000L)) {
                        for (long paid : List.of(0L, 20_000L, 50_000L)) {
                            ComplaintProgress p = at(status, notified, hearings, award, paid);
                            for (ComplaintStep step : ComplaintStep.values()) {
                                assertThat(step.allows(p)).as("%s at %s", step, p).isEqualTo(step.refusal(p).isEmpty());
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(ComplaintStatus.values().length * 2 * 2 * 2 * 3 * ComplaintStep.values().length);
    }

    @Test
    void an_ended_complaint_offers_only_a_reopening_and_refuses_the_rest_as_ended() {
        for (ComplaintStatus ended : List.of(CLOSED, REFERRED_TO_COURT, WITHDRAWN)) {
            ComplaintProgress p = at(ended, true, 1, 50_000L, 0);
            assertThat(p.nextSteps()).containsExactly("reopen");
            assertThat(ComplaintStep.WITHDRAW.refusal(p)).get().extracting("code").isEqualTo(ErrorCode.COMPLAINT_ENDED);
            assertThat(ComplaintStep.ended(p)).hasMessage("Complaint K-0001 is " + ended + ": reopen it first");
        }
    }

    @Test
    void only_an_ended_complaint_is_reopened() {
        assertThat(ComplaintStep.REOPEN.refusal(at(HEARING, true, 1, null, 0))).get()
                .extracting(RuleViolationException::code).isEqualTo(ErrorCode.COMPLAINT_NOT_ENDED);
    }

    @Test
    void an_award_without_a_hearing_is_refused_for_the_missing_hearing_before_the_status() {
        RuleViolationException refused = ComplaintStep.AWARD.refusal(at(REGISTERED, false, 0, null, 0)).orElseThrow();
        assertThat(refused.code()).isEqualTo(ErrorCode.AWARD_NEEDS_HEARING);
        assertThat(refused).hasMessageContaining("K-0001");
        assertThat(ComplaintStep.AWARD.refusal(at(AGENCY_NOTIFIED, true, 1, null, 0))).get()
                .extracting(RuleViolationException::code).isEqualTo(ErrorCode.INVALID_TRANSITION);
    }

    @Test
    void a_reopened_complaint_takes_up_where_it_stood() {
        assertThat(at(REOPENED, false, 0, null, 0).nextSteps())
                .containsExactly("notify-agency", "refer-to-court", "withdraw", "close");
        assertThat(at(REOPENED, true, 0, null, 0).nextSteps())
                .containsExactly("hearing", "refer-to-court", "withdraw", "close");
        assertThat(at(REOPENED, true, 1, 50_000L, 20_000).nextSteps())
                .containsExactly("hearing", "award", "payment", "default", "refer-to-court", "withdraw", "close");
    }

    @Test
    void money_moves_only_while_some_is_owed() {
        ComplaintProgress paidUp = at(REOPENED, true, 1, 50_000L, 50_000);
        assertThat(ComplaintStep.PAYMENT.refusal(paidUp)).get()
                .extracting(RuleViolationException::code).isEqualTo(ErrorCode.PAYMENT_EXCEEDS_AWARD);
        assertThat(ComplaintStep.DEFAULT.refusal(paidUp)).get()
                .extracting(RuleViolationException::code).isEqualTo(ErrorCode.INVALID_TRANSITION);
        assertThat(ComplaintStep.PAYMENT.refusal(at(HEARING, true, 1, null, 0))).get()
                .extracting(Throwable::getMessage).isEqualTo("A payment is of an award; complaint K-0001 has none");
    }

    @Test
    void the_steps_are_named_by_the_apis_action_names_in_the_order_a_complaint_takes_them() {
        assertThat(ComplaintProgress.STEPS).containsExactly("register", "notify-agency", "hearing", "award", "payment",
                "default", "refer-to-court", "withdraw", "close", "reopen");
    }
}
