package org.setu.command.referral;

import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.referral.*;

import java.util.Set;

import static org.setu.command.referral.Cases.*;

/** A referral to an agency outside the recorded consent is refused unless a focal point overrides it with a reason. */
class ConsentGateTest {

    private RequestReferralCommand referToOutsider() {
        return new RequestReferralCommand(CASE, REF2, OUTSIDER, ServiceType.SHELTER, Urgency.URGENT, null, caseworker(MOEWOE));
    }

    @Test
    void a_referral_outside_the_consent_is_refused() {
        fixture().given(opened()).when(referToOutsider())
                .expectNoEvents().expectException(refusedWith(ErrorCode.OUTSIDE_CONSENT));
    }

    @Test
    void a_focal_point_override_with_a_reason_lets_it_through() {
        var override = focalPoint(MOEWOE);
        fixture().given(opened())
                .when(new OverrideConsentCommand(CASE, OUTSIDER, sealed("life-threatening: shelter tonight"), override))
                .expectEvents(new ConsentOverriddenEvent(CASE, OUTSIDER, sealed("life-threatening: shelter tonight"), override));
        fixture().given(opened(), new ConsentOverriddenEvent(CASE, OUTSIDER, sealed("emergency"), focalPoint(MOEWOE)))
                .when(referToOutsider())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.exactSequenceOf(
                        Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(ReferralRequestedEvent.class)),
                        Matchers.andNoMore()));
    }

    @Test
    void consent_by_agency_type_covers_every_agency_of_that_type() {
        var byType = new Consent(Set.of(), Set.of(AgencyType.NGO), Set.of(ConsentPurpose.SERVICE_PROVISION));
        fixture().given(opened(), new ConsentRecordedEvent(CASE, byType, caseworker(MOEWOE)))
                .when(referToOutsider())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void after_withdrawal_even_previously_consented_agencies_are_refused() {
        fixture().given(opened(), new ConsentWithdrawnEvent(CASE, sealed("subject asked"), caseworker(MOEWOE)))
                .when(new RequestReferralCommand(CASE, REF, IOM, ServiceType.REINTEGRATION, Urgency.NORMAL, null, caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.OUTSIDE_CONSENT));
    }

    @Test
    void recording_and_withdrawing_consent_are_events() {
        var record = caseworker(MOEWOE);
        fixture().given(opened()).when(new RecordConsentCommand(CASE, Consent.NONE, record))
                .expectEvents(new ConsentRecordedEvent(CASE, Consent.NONE, record));
        var withdraw = caseworker(MOEWOE);
        fixture().given(opened()).when(new WithdrawConsentCommand(CASE, sealed("subject asked"), withdraw))
                .expectEvents(new ConsentWithdrawnEvent(CASE, sealed("subject asked"), withdraw));
    }
}
