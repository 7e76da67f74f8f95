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

/** The case page asks the one need-to-know policy about the case the API showed it, and lists who has access by it. */
class CasePartiesTest {

    private static final AgencyId MOEWOE = new AgencyId("moewoe");
    private static final AgencyId IOM = new AgencyId("iom-bd");
    private static final AgencyId NGO = new AgencyId("ngo-a");

    private static CaseDetail.Referral referral(String id, String to, ReferralStatus status) {
        return new CaseDetail.Referral(id, "moewoe", to, ServiceType.REINTEGRATION, Urgency.NORMAL, status, null,
                Instant.EPOCH, Instant.EPOCH, null, null, null, null, null, null, List.of(), false);
    }

    private static CaseDetail caseWith(CaseDetail.Referral... referrals) {
        return new CaseDetail("C1", 3, CaseStatus.OPEN, CaseCategory.TRAFFICKING, null, null, null, "Dhaka", Set.of(),
                "moewoe", null, null, List.of(referrals), List.of(), null, Instant.EPOCH, Instant.EPOCH, false, List.of());
    }

    @Test
    void the_lead_and_an_active_receiver_are_on_the_case_and_a_receiver_whose_referral_ended_is_not() {
        var parties = CaseParties.of(caseWith(referral("R1", "iom-bd", ReferralStatus.IN_PROGRESS),
                referral("R2", "ngo-a", ReferralStatus.COMPLETED)));
        assertThat(parties.onCase(MOEWOE)).isTrue();
        assertThat(parties.onCase(IOM)).isTrue();
        assertThat(parties.onCase(NGO)).isFalse();
        assertThat(parties.withAccess()).containsExactly(MOEWOE, IOM);
    }

    @Test
    void who_has_access_lists_the_lead_then_each_referral_that_gives_access() {
        var rows = WhoHasAccess.of(caseWith(referral("R1", "iom-bd", ReferralStatus.REQUESTED),
                referral("R2", "ngo-a", ReferralStatus.DECLINED), referral("R3", "ngo-a", ReferralStatus.ACCEPTED)));
        assertThat(rows).extracting(WhoHasAccess.Row::who).containsExactly("moewoe", "iom-bd", "ngo-a");
        assertThat(rows).extracting(WhoHasAccess.Row::referralId).containsExactly(null, "R1", "R3");
    }

    @Test
    void an_agency_whose_referral_ended_is_offered_nothing_on_the_case() {
        var actions = CaseActions.of(caseWith(referral("R2", "ngo-a", ReferralStatus.COMPLETED)), NGO,
                Set.of(Role.CASEWORKER));
        assertThat(actions.refer() || actions.note()).isFalse();
        assertThat(actions.on("R2")).isEmpty();
    }
}
