package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.*;

import static org.setu.command.referral.Cases.*;

/** A command retried with the same command id produces its events once. */
class IdempotencyTest {

    @Test
    void a_retried_referral_request_produces_nothing_new() {
        var stamp = stampWithId("retry-1", MOEWOE, Role.CASEWORKER);
        var original = new ReferralRequestedEvent(CASE, REF, MOEWOE, IOM, ServiceType.REINTEGRATION, Urgency.NORMAL, null,
                T0.plusSeconds(72 * 3600), stamp);
        fixture().given(opened(), original)
                .when(new RequestReferralCommand(CASE, REF, IOM, ServiceType.REINTEGRATION, Urgency.NORMAL, null, stamp))
                .expectSuccessfulHandlerExecution().expectNoEvents().expectResultMessagePayload(REF);
    }

    @Test
    void a_retried_open_is_a_no_op_while_another_open_of_the_same_case_conflicts() {
        var stamp = stampWithId("open-1", MOEWOE, Role.CASEWORKER);
        var original = new CaseOpenedEvent(CASE, MOEWOE, facts(), subject(), CONSENT, stamp);
        fixture().given(original)
                .when(new OpenCaseCommand(CASE, facts(), subject(), CONSENT, stamp))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture().given(original)
                .when(new OpenCaseCommand(CASE, facts(), subject(), CONSENT, stampWithId("open-2", MOEWOE, Role.CASEWORKER)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.CASE_ALREADY_EXISTS));
    }

    @Test
    void a_retried_accept_after_success_is_not_an_invalid_transition() {
        var stamp = stampWithId("accept-1", IOM, Role.FOCAL_POINT);
        fixture().given(opened(), requested(), new ReferralAcceptedEvent(CASE, REF, T0.plusSeconds(14 * 86400), stamp))
                .when(new AcceptReferralCommand(CASE, REF, stamp))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void the_same_action_with_a_new_command_id_is_judged_afresh() {
        fixture().given(opened(), requested(), accepted())
                .when(new AcceptReferralCommand(CASE, REF, focalPoint(IOM)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.INVALID_TRANSITION));
    }
}
