package org.setu.command.referral;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.*;

import static org.setu.command.referral.Cases.*;

/** Opening, closing and reopening a case; a closed case refuses everything but reopening. */
class CaseLifecycleTest {

    @Test
    void a_caseworker_opens_a_case_led_by_their_agency() {
        var stamp = caseworker(MOEWOE);
        fixture().givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, facts(), subject(), CONSENT, stamp))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseOpenedEvent(CASE, MOEWOE, facts(), subject(), CONSENT, stamp));
    }

    @Test
    void a_suspended_or_unknown_agency_cannot_open_cases() {
        fixture().givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, facts(), subject(), CONSENT, caseworker(SUSPENDED)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.AGENCY_SUSPENDED));
        fixture().givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, facts(), subject(), CONSENT, caseworker(UNKNOWN)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.UNKNOWN_AGENCY));
    }

    @Test
    void opening_an_existing_case_with_another_command_is_a_conflict() {
        fixture().given(opened())
                .when(new OpenCaseCommand(CASE, facts(), subject(), CONSENT, caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.CASE_ALREADY_EXISTS));
    }

    @Test
    void closing_needs_no_active_referral() {
        fixture().given(opened(), requested())
                .when(new CloseCaseCommand(CASE, sealed("done"), caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.ACTIVE_REFERRALS));
        var close = caseworker(MOEWOE);
        fixture().given(opened(), requested(), accepted(),
                        new ReferralCompletedEvent(CASE, REF, sealed("reintegrated"), caseworker(IOM)))
                .when(new CloseCaseCommand(CASE, sealed("services delivered"), close))
                .expectEvents(new CaseClosedEvent(CASE, sealed("services delivered"), close));
    }

    @Test
    void a_closed_case_refuses_commands() {
        var closed = new CaseClosedEvent(CASE, sealed("done"), caseworker(MOEWOE));
        CaseCommand[] refused = {
                new RequestReferralCommand(CASE, REF2, IOM, ServiceType.REINTEGRATION, Urgency.NORMAL, null, caseworker(MOEWOE)),
                new AddNoteCommand(CASE, new NoteId("note-9"), NoteVisibility.LEAD_AGENCY, sealed("late"), caseworker(MOEWOE)),
                new RecordConsentCommand(CASE, CONSENT, caseworker(MOEWOE)),
                new CloseCaseCommand(CASE, sealed("again"), caseworker(MOEWOE)),
                new RequestLeadTransferCommand(CASE, IOM, sealed("handover"), focalPoint(MOEWOE)),
                new AcceptReferralCommand(CASE, REF, focalPoint(IOM))};
        for (CaseCommand command : refused) {
            fixture().given(opened(), closed).when(command)
                    .expectNoEvents().expectException(refusedWith(ErrorCode.CASE_CLOSED));
        }
    }

    @Test
    void the_lead_agency_reopens_a_closed_case_and_only_a_closed_one() {
        var reopen = caseworker(MOEWOE);
        fixture().given(opened(), new CaseClosedEvent(CASE, sealed("done"), caseworker(MOEWOE)))
                .when(new ReopenCaseCommand(CASE, sealed("new complaint"), reopen))
                .expectEvents(new CaseReopenedEvent(CASE, sealed("new complaint"), reopen));
        fixture().given(opened(), new CaseClosedEvent(CASE, sealed("done"), caseworker(MOEWOE)))
                .when(new ReopenCaseCommand(CASE, sealed("mine"), caseworker(IOM)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.NOT_LEAD_AGENCY));
        fixture().given(opened())
                .when(new ReopenCaseCommand(CASE, sealed("why"), caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.CASE_NOT_CLOSED));
    }

    @Test
    void commands_on_an_unknown_case_are_refused() {
        fixture().givenNoPriorActivity()
                .when(new AcceptReferralCommand(CASE, REF, focalPoint(IOM)))
                .expectNoEvents().expectException(AggregateNotFoundException.class);
    }

    @Test
    void commands_on_an_unknown_referral_are_refused() {
        fixture().given(opened())
                .when(new AcceptReferralCommand(CASE, REF, focalPoint(IOM)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.REFERRAL_NOT_FOUND));
    }

    @Test
    void referral_rules_unknown_suspended_own_unoffered_duplicate() {
        var directory = fixture();
        directory.given(opened())
                .when(new RequestReferralCommand(CASE, REF, UNKNOWN, ServiceType.SHELTER, Urgency.NORMAL, null, caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.UNKNOWN_AGENCY));
        fixture().given(opened())
                .when(new RequestReferralCommand(CASE, REF, SUSPENDED, ServiceType.SHELTER, Urgency.NORMAL, null, caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.AGENCY_SUSPENDED));
        fixture().given(opened())
                .when(new RequestReferralCommand(CASE, REF, MOEWOE, ServiceType.SHELTER, Urgency.NORMAL, null, caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.REFERRAL_TO_OWN_AGENCY));
        fixture().given(opened())
                .when(new RequestReferralCommand(CASE, REF, IOM, ServiceType.LEGAL_AID, Urgency.NORMAL, null, caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.SERVICE_NOT_OFFERED));
        fixture().given(opened(), requested())
                .when(new RequestReferralCommand(CASE, REF2, IOM, ServiceType.REINTEGRATION, Urgency.NORMAL, null, caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.DUPLICATE_ACTIVE_REFERRAL));
        fixture().given(opened())
                .when(new RequestReferralCommand(CASE, REF, IOM, ServiceType.REINTEGRATION, Urgency.NORMAL, null,
                        Cases.stamp(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.NOT_ON_CASE));
    }
}
