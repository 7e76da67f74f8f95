package org.setu.kernel.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.AgencyType;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.kernel.referral.CaseStory.*;

/** "Consent or override", the one rule that gates sharing a case with an agency. */
class ConsentTest {

    private final Consent consent = new Consent(Set.of(IOM), Set.of(AgencyType.NGO), Set.of());

    @Test
    void an_agency_named_in_the_consent_is_allowed() {
        assertThat(consent.allows(IOM, AgencyType.UN_AGENCY, Set.of())).isTrue();
    }

    @Test
    void an_agency_of_a_consented_type_is_allowed() {
        assertThat(consent.allows(OUTSIDER, AgencyType.NGO, Set.of())).isTrue();
    }

    @Test
    void an_override_allows_an_agency_the_consent_does_not_cover() {
        assertThat(consent.allows(MOE, AgencyType.MINISTRY, Set.of())).isFalse();
        assertThat(consent.allows(MOE, AgencyType.MINISTRY, Set.of(MOE))).isTrue();
    }

    @Test
    void an_agency_of_unknown_type_is_allowed_only_by_name_or_override() {
        assertThat(consent.allows(OUTSIDER, null, Set.of())).isFalse();
        assertThat(Consent.NONE.allows(OUTSIDER, null, Set.of(OUTSIDER))).isTrue();
    }
}
