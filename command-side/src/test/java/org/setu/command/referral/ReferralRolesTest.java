package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.*;

import static org.setu.command.referral.Cases.*;

/** Who may do each thing on a case: the role and the agency, per the domain brief. */
class ReferralRolesTest {

    private void refused(CaseCommand command, ErrorCode code) {
        fixture().given(opened(), requested()).when(command).expectNoEvents().expectException(refusedWith(code));
    }

    @Test
    void only_a_focal_point_of_the_receiving_agency_accepts_or_declines() {
        refused(new AcceptReferralCommand(CASE, REF, caseworker(IOM)), ErrorCode.ROLE_REQUIRED);
        refused(new AcceptReferralCommand(CASE, REF, focalPoint(NGO)), ErrorCode.NOT_RECEIVING_AGENCY);
        refused(new AcceptReferralCommand(CASE, REF, focalPoint(MOEWOE)), ErrorCode.NOT_RECEIVING_AGENCY);
        refused(new DeclineReferralCommand(CASE, REF, DeclineReason.NO_CAPACITY, sealed("full"), caseworker(IOM)), ErrorCode.ROLE_REQUIRED);
        refused(new DeclineReferralCommand(CASE, REF, DeclineReason.NO_CAPACITY, sealed("full"), focalPoint(NGO)),
                ErrorCode.NOT_RECEIVING_AGENCY);
    }

    @Test
    void only_staff_of_the_receiving_agency_deliver_the_service() {
        fixture().given(opened(), requested(), accepted())
                .when(new StartServiceCommand(CASE, REF, stamp(IOM, Role.AGENCY_ADMIN)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.ROLE_REQUIRED));
        fixture().given(opened(), requested(), accepted())
                .when(new CompleteReferralCommand(CASE, REF, sealed("done"), caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.NOT_RECEIVING_AGENCY));
        fixture().given(opened(), requested(), accepted())
                .when(new FailReferralCommand(CASE, REF, sealed("gone"), caseworker(NGO)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.NOT_RECEIVING_AGENCY));
    }

    @Test
    void only_the_referring_agency_withdraws_its_referral() {
        refused(new WithdrawReferralCommand(CASE, REF, sealed("mine now"), focalPoint(IOM)), ErrorCode.NOT_REFERRING_AGENCY);
        refused(new WithdrawReferralCommand(CASE, REF, sealed("why"), stamp(MOEWOE, Role.AGENCY_ADMIN)), ErrorCode.ROLE_REQUIRED);
    }

    @Test
    void only_agencies_on_the_case_refer_or_write_notes() {
        refused(new RequestReferralCommand(CASE, REF2, IOM, ServiceType.SHELTER, Urgency.NORMAL, null, caseworker(NGO)),
                ErrorCode.NOT_ON_CASE);
        refused(new AddNoteCommand(CASE, new NoteId("note-1"), NoteVisibility.ALL_AGENCIES, sealed("hello"), caseworker(OUTSIDER)),
                ErrorCode.NOT_ON_CASE);
        refused(new RequestReferralCommand(CASE, REF2, NGO, ServiceType.LEGAL_AID, Urgency.NORMAL, null,
                stamp(MOEWOE, Role.AGENCY_ADMIN)), ErrorCode.ROLE_REQUIRED);
    }

    @Test
    void a_receiving_agency_with_an_active_referral_refers_on() {
        var stamp = caseworker(IOM);
        fixture().given(opened(), requested(), accepted())
                .when(new RequestReferralCommand(CASE, REF2, NGO, ServiceType.PSYCHOSOCIAL, Urgency.NORMAL, sealed("counselling"), stamp))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReferralRequestedEvent(CASE, REF2, IOM, NGO, ServiceType.PSYCHOSOCIAL, Urgency.NORMAL,
                        sealed("counselling"), T0.plusSeconds(72 * 3600), stamp));
    }

    @Test
    void a_receiving_agency_whose_referral_ended_is_off_the_case() {
        fixture().given(opened(), requested(), new ReferralDeclinedEvent(CASE, REF, DeclineReason.NO_CAPACITY, sealed("full"), focalPoint(IOM)))
                .when(new AddNoteCommand(CASE, new NoteId("note-1"), NoteVisibility.ALL_AGENCIES, sealed("still here?"), caseworker(IOM)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.NOT_ON_CASE));
    }

    @Test
    void only_the_lead_agency_closes_records_consent_or_overrides_it() {
        refused(new CloseCaseCommand(CASE, sealed("done"), caseworker(IOM)), ErrorCode.NOT_LEAD_AGENCY);
        refused(new RecordConsentCommand(CASE, CONSENT, focalPoint(IOM)), ErrorCode.NOT_LEAD_AGENCY);
        refused(new OverrideConsentCommand(CASE, OUTSIDER, sealed("emergency"), caseworker(MOEWOE)), ErrorCode.ROLE_REQUIRED);
        refused(new OverrideConsentCommand(CASE, OUTSIDER, sealed("emergency"), focalPoint(IOM)), ErrorCode.NOT_LEAD_AGENCY);
    }

    @Test
    void only_a_caseworker_opens_a_case() {
        fixture().givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, facts(), subject(), CONSENT, focalPoint(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.ROLE_REQUIRED));
    }

    @Test
    void notes_are_written_by_lead_and_receiving_agencies() {
        var lead = caseworker(MOEWOE);
        fixture().given(opened(), requested())
                .when(new AddNoteCommand(CASE, new NoteId("note-1"), NoteVisibility.LEAD_AGENCY, sealed("private"), lead))
                .expectEvents(new NoteAddedEvent(CASE, new NoteId("note-1"), MOEWOE, NoteVisibility.LEAD_AGENCY, sealed("private"), lead));
        var receiver = caseworker(IOM);
        fixture().given(opened(), requested())
                .when(new AddNoteCommand(CASE, new NoteId("note-2"), NoteVisibility.ALL_AGENCIES, sealed("intake booked"), receiver))
                .expectEvents(new NoteAddedEvent(CASE, new NoteId("note-2"), IOM, NoteVisibility.ALL_AGENCIES, sealed("intake booked"), receiver));
    }
}
