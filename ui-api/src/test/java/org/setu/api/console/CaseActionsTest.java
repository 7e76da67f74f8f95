package org.setu.api.console;

import org.junit.jupiter.api.Test;
import org.setu.api.referral.CaseDetail;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.Urgency;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CaseActionsTest {

    private static final AgencyId MOEWOE = new AgencyId("moewoe");
    private static final AgencyId IOM = new AgencyId("iom-bd");

    private static CaseDetail caseWith(CaseStatus status, ReferralStatus referral) {
        var r = new CaseDetail.Referral("R1", "moewoe", "iom-bd", ServiceType.REINTEGRATION, Urgency.NORMAL, referral,
                null, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, null, null, null, null, null, List.of(), false);
        return new CaseDetail("C1", 3, status, CaseCategory.TRAFFICKING, null, null, null, "Dhaka", Set.of(), "moewoe",
                null, null, List.of(r), List.of(), null, Instant.EPOCH, Instant.EPOCH, false, List.of());
    }

    @Test
    void only_the_receiving_focal_point_is_offered_accept_and_decline() {
        var requested = caseWith(CaseStatus.OPEN, ReferralStatus.REQUESTED);
        assertThat(CaseActions.of(requested, IOM, Set.of(Role.FOCAL_POINT)).on("R1")).containsExactly("accept", "decline");
        assertThat(CaseActions.of(requested, IOM, Set.of(Role.CASEWORKER)).on("R1")).isEmpty();
        assertThat(CaseActions.of(requested, MOEWOE, Set.of(Role.FOCAL_POINT)).on("R1")).containsExactly("withdraw");
    }

    @Test
    void receiving_staff_start_complete_or_fail_an_accepted_referral() {
        var accepted = caseWith(CaseStatus.OPEN, ReferralStatus.ACCEPTED);
        assertThat(CaseActions.of(accepted, IOM, Set.of(Role.CASEWORKER)).on("R1")).containsExactly("start", "complete", "fail");
        var started = caseWith(CaseStatus.OPEN, ReferralStatus.IN_PROGRESS);
        assertThat(CaseActions.of(started, IOM, Set.of(Role.CASEWORKER)).on("R1")).containsExactly("complete", "fail");
        assertThat(CaseActions.of(caseWith(CaseStatus.OPEN, ReferralStatus.COMPLETED), MOEWOE, Set.of(Role.CASEWORKER))
                .on("R1")).isEmpty();
    }

    @Test
    void the_lead_closes_an_open_case_and_reopens_a_closed_one_and_nobody_acts_on_a_closed_case() {
        var open = CaseActions.of(caseWith(CaseStatus.OPEN, ReferralStatus.COMPLETED), MOEWOE, Set.of(Role.CASEWORKER));
        assertThat(open.close()).isTrue();
        assertThat(open.reopen()).isFalse();
        assertThat(open.refer()).isTrue();
        var closed = CaseActions.of(caseWith(CaseStatus.CLOSED, ReferralStatus.ACCEPTED), MOEWOE, Set.of(Role.CASEWORKER));
        assertThat(closed.reopen()).isTrue();
        assertThat(closed.close() || closed.refer() || closed.note()).isFalse();
        var receiving = CaseActions.of(caseWith(CaseStatus.OPEN, ReferralStatus.ACCEPTED), IOM, Set.of(Role.FOCAL_POINT));
        assertThat(receiving.close()).isFalse();
        assertThat(receiving.refer()).as("an agency with an active referral may refer on").isTrue();
    }
}
