package org.setu.api.console;

import org.junit.jupiter.api.Test;
import org.setu.api.referral.CaseDetail;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.query.AgencyView;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The refer form's marks follow the kernel's consent rule: by name, by type, or by the lead's override. */
class ReferTargetsTest {

    private static final List<AgencyView> AGENCIES = List.of(agency("iom-bd", AgencyType.UN_AGENCY),
            agency("brac", AgencyType.NGO), agency("ngo-outside", AgencyType.NGO));

    private static AgencyView agency(String id, AgencyType type) {
        return new AgencyView(new AgencyId(id), id, type, List.of(), true);
    }

    @Test
    void an_agency_named_or_of_a_consented_type_is_within_and_the_rest_outside() {
        var consent = new CaseDetail.Consent(Set.of("iom-bd"), Set.of(), Set.of(), false, Set.of());
        assertThat(ReferTargets.outsideConsent(consent, AGENCIES)).containsExactlyInAnyOrder("brac", "ngo-outside");
        var byType = new CaseDetail.Consent(Set.of(), Set.of(AgencyType.NGO), Set.of(), false, Set.of());
        assertThat(ReferTargets.outsideConsent(byType, AGENCIES)).containsExactly("iom-bd");
    }

    @Test
    void an_override_brings_an_agency_within_reach() {
        var consent = new CaseDetail.Consent(Set.of("iom-bd"), Set.of(), Set.of(), false, Set.of("ngo-outside"));
        assertThat(ReferTargets.outsideConsent(consent, AGENCIES)).containsExactly("brac");
    }

    @Test
    void without_the_consent_in_view_nothing_is_marked() {
        assertThat(ReferTargets.outsideConsent(null, AGENCIES)).isEmpty();
    }
}
