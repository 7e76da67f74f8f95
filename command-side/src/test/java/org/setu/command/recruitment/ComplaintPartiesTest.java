package org.setu.command.recruitment;

import org.setu.kernel.common.AgencyId;
import org.junit.jupiter.api.Test;
import org.setu.kernel.common.Role;
import org.setu.kernel.recruitment.ComplaintConsent;
import org.setu.kernel.recruitment.ComplaintFiledEvent;
import org.setu.kernel.recruitment.ComplaintParties.Sight;
import org.setu.kernel.recruitment.ComplaintSharedEvent;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.command.recruitment.Complaints.*;

/** The one need-to-know policy of complaints ({@code ComplaintParties.sightOf}), asked of the write side's state. */
class ComplaintPartiesTest {

    private static final ComplaintState SHARED = ComplaintState.NONE.evolve(filed())
            .evolve(new ComplaintSharedEvent(COMPLAINT, NGO, focalPoint(MOEWOE)));

    @Test
    void the_receiving_agency_and_those_it_shared_with_see_everything() {
        assertThat(SHARED.sightOf(caseworker(MOEWOE).actor())).isEqualTo(Sight.FULL);
        assertThat(SHARED.sightOf(focalPoint(NGO).actor())).isEqualTo(Sight.FULL);
    }

    @Test
    void the_secretariat_sees_every_complaint_without_personal_data() {
        assertThat(SHARED.sightOf(admin().actor())).isEqualTo(Sight.WITHOUT_PERSONAL_DATA);
        assertThat(SHARED.sightOf(stamp(SECRETARIAT, Role.SECRETARIAT_REVIEWER).actor()))
                .isEqualTo(Sight.WITHOUT_PERSONAL_DATA);
        assertThat(Sight.WITHOUT_PERSONAL_DATA.personalData()).isFalse();
    }

    @Test
    void the_respondent_sees_its_complaints_and_the_complainant_only_with_consent() {
        assertThat(SHARED.sightOf(representative(RL_0123).actor())).isEqualTo(Sight.RESPONDENT);
        assertThat(Sight.RESPONDENT.personalData()).isFalse();
        var consenting = new ComplaintConsent(Set.of(), Set.of(), true);
        ComplaintState open = ComplaintState.NONE.evolve(new ComplaintFiledEvent(COMPLAINT, MOEWOE, facts(),
                sealed("c"), consenting, caseworker(MOEWOE)));
        assertThat(open.sightOf(representative(RL_0123).actor())).isEqualTo(Sight.RESPONDENT_WITH_IDENTITY);
    }

    @Test
    void other_agencies_and_other_recruiters_see_nothing() {
        assertThat(SHARED.sightOf(caseworker(OUTSIDER).actor())).isEqualTo(Sight.NONE);
        assertThat(SHARED.sightOf(representative(RL_0456).actor())).isEqualTo(Sight.NONE);
        assertThat(SHARED.sightOf(stamp(AgencyId.PARTNER, Role.PARTNER).actor()))
                .isEqualTo(Sight.NONE);
    }
}
