package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.*;

import static org.setu.command.referral.Cases.*;

/** The closed-case rule as docs/lifecycle.md states it, through the aggregate: retries first, then the rule. */
class ClosedCaseTest {

    @Test
    void a_retried_close_of_the_now_closed_case_succeeds_without_events() {
        var close = stampWithId("close-1", MOEWOE, Role.CASEWORKER);
        fixture().given(opened(), new CaseClosedEvent(CASE, sealed("done"), close))
                .when(new CloseCaseCommand(CASE, sealed("done"), close))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void opening_a_closed_case_again_is_refused_as_closed() {
        fixture().given(opened(), new CaseClosedEvent(CASE, sealed("done"), caseworker(MOEWOE)))
                .when(new OpenCaseCommand(CASE, facts(), subject(), CONSENT, caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.CASE_CLOSED));
    }
}
