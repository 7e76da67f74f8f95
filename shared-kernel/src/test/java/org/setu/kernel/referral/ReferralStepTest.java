package org.setu.kernel.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.Role;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.kernel.referral.ReferralStatus.*;

/** The referral lifecycle's one table (docs/lifecycle.md), which the case rules enforce and the console offers. */
class ReferralStepTest {

    private static final Set<Role> FOCAL = Set.of(Role.FOCAL_POINT);
    private static final Set<Role> CASEWORKER = Set.of(Role.CASEWORKER);

    @Test
    void only_a_focal_point_decides_a_requested_referral() {
        assertThat(ReferralStep.ACCEPT.allows(FOCAL, REQUESTED)).isTrue();
        assertThat(ReferralStep.DECLINE.allows(FOCAL, REQUESTED)).isTrue();
        assertThat(ReferralStep.ACCEPT.allows(CASEWORKER, REQUESTED)).isFalse();
        assertThat(ReferralStep.ACCEPT.allows(FOCAL, ACCEPTED)).isFalse();
    }

    @Test
    void the_service_starts_once_accepted_and_ends_once_accepted_or_started() {
        assertThat(ReferralStep.START.allows(CASEWORKER, ACCEPTED)).isTrue();
        assertThat(ReferralStep.START.allows(CASEWORKER, IN_PROGRESS)).isFalse();
        assertThat(ReferralStep.COMPLETE.from()).containsExactly(ACCEPTED, IN_PROGRESS);
        assertThat(ReferralStep.FAIL.from()).containsExactly(ACCEPTED, IN_PROGRESS);
    }

    @Test
    void the_referring_agency_withdraws_from_every_active_status_and_only_from_those() {
        assertThat(ReferralStep.WITHDRAW.from()).containsExactly(REQUESTED, ACCEPTED, IN_PROGRESS);
        assertThat(ReferralStep.WITHDRAW.onItsSide("referring", "receiving")).isEqualTo("referring");
        assertThat(ReferralStep.WITHDRAW.allows(Set.of(Role.AGENCY_ADMIN), ACCEPTED)).isFalse();
    }

    @Test
    void every_other_step_is_the_receiving_agencys() {
        assertThat(Arrays.stream(ReferralStep.values()).filter(s -> s != ReferralStep.WITHDRAW)
                .map(s -> s.onItsSide("referring", "receiving"))).containsOnly("receiving");
    }

    @Test
    void every_step_starts_from_an_active_status_and_ends_in_another_status() {
        for (ReferralStep step : ReferralStep.values()) {
            assertThat(Arrays.stream(step.from()).allMatch(ReferralStatus::isActive)).as(step.name()).isTrue();
            assertThat(step.isFrom(step.leadsTo())).as(step.name()).isFalse();
        }
        assertThat(Arrays.stream(ReferralStep.values()).map(ReferralStep::leadsTo))
                .containsExactly(ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED, FAILED, WITHDRAWN);
    }

    @Test
    void refusals_list_the_roles_and_statuses_in_the_enums_order() {
        assertThat(ReferralStep.START.roles()).containsExactly(Role.CASEWORKER, Role.FOCAL_POINT);
        assertThat(ReferralStep.START.action()).isEqualTo("Starting the service");
    }

    @Test
    void each_step_names_its_path_in_the_api() {
        assertThat(Arrays.stream(ReferralStep.values()).map(ReferralStep::path))
                .containsExactly("accept", "decline", "start", "complete", "fail", "withdraw");
    }

    @Test
    void a_path_names_its_step_and_nothing_else_names_one() {
        assertThat(ReferralStep.ofPath("complete")).contains(ReferralStep.COMPLETE);
        assertThat(ReferralStep.ofPath("COMPLETE")).isEmpty();
        assertThat(ReferralStep.ofPath("close")).isEmpty();
    }

    @Test
    void the_receiving_agency_ends_its_own_access_by_declining_completing_or_failing() {
        assertThat(Arrays.stream(ReferralStep.values()).filter(ReferralStep::endsTakersAccess))
                .containsExactly(ReferralStep.DECLINE, ReferralStep.COMPLETE, ReferralStep.FAIL);
    }

    @Test
    void the_active_statuses_are_those_that_keep_access() {
        assertThat(ReferralStatus.active()).containsExactly(REQUESTED, ACCEPTED, IN_PROGRESS);
    }
}
