package org.setu.kernel.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.AgencyId;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.kernel.referral.CaseStory.*;

/** The policy as plain functions over a lead and its referrals, without any case state around it. */
class PartiesTest {

    record Sent(AgencyId fromAgency, AgencyId toAgency, ReferralStatus status) implements Parties.Link {
    }

    record Case(AgencyId lead, List<Sent> links) implements Parties {
    }

    @Test
    void an_agency_is_on_the_case_while_it_leads_it_or_receives_an_active_referral() {
        var parties = new Case(MOE, List.of(new Sent(MOE, IOM, ReferralStatus.ACCEPTED),
                new Sent(MOE, NGO, ReferralStatus.DECLINED)));
        assertThat(parties.onCase(MOE)).isTrue();
        assertThat(parties.onCase(IOM)).isTrue();
        assertThat(parties.onCase(NGO)).as("its referral ended").isFalse();
        assertThat(parties.onCase(OUTSIDER)).isFalse();
    }

    @Test
    void every_active_status_gives_access_and_every_ended_one_takes_it() {
        for (ReferralStatus status : ReferralStatus.values()) {
            var parties = new Case(MOE, List.of(new Sent(MOE, IOM, status)));
            assertThat(parties.onCase(IOM)).as(status.name()).isEqualTo(status.isActive());
        }
    }

    @Test
    void sending_a_referral_gives_no_access_to_an_agency_off_the_case() {
        var parties = new Case(NGO, List.of(new Sent(IOM, OUTSIDER, ReferralStatus.REQUESTED)));
        assertThat(parties.onCase(IOM)).isFalse();
        assertThat(parties.seesReferral(IOM, parties.links().get(0))).as("but it sees what it sent").isTrue();
    }

    @Test
    void with_access_lists_the_lead_first_and_each_receiver_once() {
        var parties = new Case(MOE, List.of(new Sent(MOE, NGO, ReferralStatus.REQUESTED),
                new Sent(MOE, IOM, ReferralStatus.ACCEPTED), new Sent(IOM, NGO, ReferralStatus.IN_PROGRESS)));
        assertThat(parties.withAccess()).containsExactly(MOE, NGO, IOM);
    }

    @Test
    void a_referral_is_seen_by_the_lead_and_by_the_two_agencies_it_joins() {
        var sent = new Sent(IOM, NGO, ReferralStatus.COMPLETED);
        var parties = new Case(MOE, List.of(sent));
        assertThat(CAST.stream().filter(a -> parties.seesReferral(a, sent))).containsExactlyInAnyOrder(MOE, IOM, NGO);
        assertThat(sent.involves(MOE)).as("the lead sees it as lead, not as a party to it").isFalse();
    }
}
