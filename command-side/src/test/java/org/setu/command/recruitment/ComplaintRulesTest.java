package org.setu.command.recruitment;

import org.setu.kernel.common.Stamp;
import org.junit.jupiter.api.Test;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.referral.CaseId;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.command.recruitment.Complaints.*;

/** The complaint rules beyond the lifecycle table: who files and acts, consent, the award's arithmetic, erasure. */
class ComplaintRulesTest {

    private static final ComplaintState RECEIVED = ComplaintState.NONE.evolve(filed());
    private static final ComplaintState HEARD = RECEIVED
            .evolve(new ComplaintRegisteredEvent(COMPLAINT, caseworker(MOEWOE)))
            .evolve(new RecruiterNotifiedEvent(COMPLAINT, caseworker(MOEWOE)))
            .evolve(new HearingHeldEvent(COMPLAINT, T0, caseworker(MOEWOE)));
    private static final ComplaintState AWARDED = HEARD.evolve(new AwardMadeEvent(COMPLAINT, 150_000, caseworker(MOEWOE)));

    private static List<ComplaintEvent> decide(ComplaintCommand command, ComplaintState state) {
        return ComplaintRules.decide(command, state, deps());
    }

    private static FileComplaintCommand filing(ComplaintFacts facts, Stamp stamp) {
        return new FileComplaintCommand(COMPLAINT, facts, sealed("complainant"), CONSENT, stamp);
    }

    @Test
    void a_caseworker_files_a_complaint_received_by_their_agency() {
        var stamp = caseworker(MOEWOE);
        assertThat(decide(filing(facts(), stamp), ComplaintState.NONE)).containsExactly(
                new ComplaintFiledEvent(COMPLAINT, MOEWOE, facts(), sealed("complainant"), CONSENT, stamp));
    }

    @Test
    void a_complaint_is_against_an_entered_recruiting_agency_and_filed_once() {
        var unknown = new ComplaintFacts(new Licence("RL-9999"), null, ComplaintChannel.ONLINE,
                Set.of(ComplaintCategory.WAGE_THEFT), "AE", Sex.M, null, null, null, null);
        assertThatThrownBy(() -> decide(filing(unknown, caseworker(MOEWOE)), ComplaintState.NONE))
                .extracting("code").isEqualTo(ErrorCode.RECRUITING_AGENCY_NOT_FOUND);
        assertThatThrownBy(() -> decide(filing(facts(), caseworker(MOEWOE)), RECEIVED))
                .extracting("code").isEqualTo(ErrorCode.COMPLAINT_ALREADY_EXISTS);
    }

    @Test
    void the_secretariat_and_recruiters_file_no_complaints() {
        assertThatThrownBy(() -> decide(filing(facts(), admin()), ComplaintState.NONE))
                .extracting("code").isEqualTo(ErrorCode.ROLE_REQUIRED);
        assertThatThrownBy(() -> decide(filing(facts(), representative(RL_0123)), ComplaintState.NONE))
                .extracting("code").isEqualTo(ErrorCode.ROLE_REQUIRED);
    }

    @Test
    void only_the_receiving_agency_moves_a_complaint_on_not_those_it_was_shared_with() {
        ComplaintState shared = RECEIVED.evolve(new ComplaintSharedEvent(COMPLAINT, NGO, focalPoint(MOEWOE)));
        for (var stamp : List.of(caseworker(NGO), caseworker(OUTSIDER), admin(), representative(RL_0123))) {
            assertThatThrownBy(() -> decide(new RegisterComplaintCommand(COMPLAINT, stamp), shared))
                    .as(stamp.actor().agency().value())
                    .extracting("code").isEqualTo(ErrorCode.NOT_RECEIVING_AGENCY_OF_COMPLAINT);
        }
    }

    @Test
    void a_complaint_is_shared_only_within_the_complainants_consent_by_a_focal_point() {
        assertThat(decide(new ShareComplaintCommand(COMPLAINT, NGO, focalPoint(MOEWOE)), RECEIVED))
                .singleElement().isInstanceOf(ComplaintSharedEvent.class);
        assertThatThrownBy(() -> decide(new ShareComplaintCommand(COMPLAINT, OUTSIDER, focalPoint(MOEWOE)), RECEIVED))
                .extracting("code").isEqualTo(ErrorCode.OUTSIDE_CONSENT);
        assertThatThrownBy(() -> decide(new ShareComplaintCommand(COMPLAINT, NGO, caseworker(MOEWOE)), RECEIVED))
                .extracting("code").isEqualTo(ErrorCode.ROLE_REQUIRED);
        ComplaintState shared = RECEIVED.evolve(new ComplaintSharedEvent(COMPLAINT, NGO, focalPoint(MOEWOE)));
        assertThat(decide(new ShareComplaintCommand(COMPLAINT, NGO, focalPoint(MOEWOE)), shared)).isEmpty();
    }

    @Test
    void payments_add_up_to_the_award_and_never_beyond_it() {
        ComplaintState state = AWARDED;
        for (long part : new long[]{50_000, 50_000, 49_999}) {
            state = state.evolve(decide(new RecordPaymentCommand(COMPLAINT, part, caseworker(MOEWOE)), state).get(0));
        }
        assertThat(state.paidBdt()).isEqualTo(149_999);
        assertThat(state.status()).isEqualTo(ComplaintStatus.PARTIALLY_PAID);
        ComplaintState owingOne = state;
        assertThatThrownBy(() -> decide(new RecordPaymentCommand(COMPLAINT, 2, caseworker(MOEWOE)), owingOne))
                .extracting("code").isEqualTo(ErrorCode.PAYMENT_EXCEEDS_AWARD);
        state = state.evolve(decide(new RecordPaymentCommand(COMPLAINT, 1, caseworker(MOEWOE)), state).get(0));
        assertThat(state.status()).isEqualTo(ComplaintStatus.PAID);
    }

    @Test
    void a_new_award_after_reopening_is_never_below_what_was_paid() {
        ComplaintState reopened = AWARDED.evolve(new PaymentRecordedEvent(COMPLAINT, 100_000, caseworker(MOEWOE)))
                .evolve(new ComplaintClosedEvent(COMPLAINT, sealed("part paid"), caseworker(MOEWOE)))
                .evolve(new ComplaintReopenedEvent(COMPLAINT, sealed("appeal"), caseworker(MOEWOE)));
        assertThatThrownBy(() -> decide(new MakeAwardCommand(COMPLAINT, 99_999, caseworker(MOEWOE)), reopened))
                .extracting("code").isEqualTo(ErrorCode.PAYMENT_EXCEEDS_AWARD);
        ComplaintState raised = reopened.evolve(decide(new MakeAwardCommand(COMPLAINT, 120_000, caseworker(MOEWOE)), reopened).get(0));
        assertThat(raised.status()).isEqualTo(ComplaintStatus.PARTIALLY_PAID);
        assertThat(raised.outstandingBdt()).isEqualTo(20_000);
    }

    @Test
    void a_hearing_is_recorded_once_held_not_ahead() {
        ComplaintState notified = RECEIVED.evolve(new ComplaintRegisteredEvent(COMPLAINT, caseworker(MOEWOE)))
                .evolve(new RecruiterNotifiedEvent(COMPLAINT, caseworker(MOEWOE)));
        assertThatThrownBy(() -> decide(new RecordHearingCommand(COMPLAINT, T0.plusSeconds(86_400), caseworker(MOEWOE)),
                notified)).extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @Test
    void the_secretariat_admin_erases_a_complainant_once_even_after_the_complaint_ended() {
        ComplaintState withdrawn = RECEIVED.evolve(new ComplaintWithdrawnEvent(COMPLAINT, sealed("x"), caseworker(MOEWOE)));
        var erase = new EraseComplainantCommand(COMPLAINT, ErasureBasis.REQUEST, "asked", admin());
        ComplaintState erased = withdrawn.evolve(decide(erase, withdrawn).get(0));
        assertThat(erased.complainantErased()).isTrue();
        assertThat(decide(new EraseComplainantCommand(COMPLAINT, ErasureBasis.REQUEST, "again", admin()), erased)).isEmpty();
        assertThatThrownBy(() -> decide(new EraseComplainantCommand(COMPLAINT, ErasureBasis.REQUEST, "x",
                stamp(SECRETARIAT, Role.SECRETARIAT_REVIEWER)), RECEIVED)).extracting("code").isEqualTo(ErrorCode.ROLE_REQUIRED);
    }

    @Test
    void amounts_are_whole_taka_from_zero_to_the_ceiling() {
        assertThatThrownBy(() -> new MakeAwardCommand(COMPLAINT, -1, caseworker(MOEWOE)))
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
        assertThatThrownBy(() -> new RecordPaymentCommand(COMPLAINT, 0, caseworker(MOEWOE)))
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
        assertThatThrownBy(() -> new MakeAwardCommand(COMPLAINT, Bdt.MAX + 1, caseworker(MOEWOE)))
                .extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
        assertThatThrownBy(() -> new ComplaintFacts(RL_0123, null, ComplaintChannel.NGO, Set.of(ComplaintCategory.OTHER),
                "SA", Sex.F, -5L, null, null, null)).extracting("code").isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(new MakeAwardCommand(COMPLAINT, 0, caseworker(MOEWOE)).amountBdt()).isZero();
    }

    @Test
    void the_receiving_agency_links_a_complaint_to_a_case_once_and_no_one_else_does() {
        var caseId = new CaseId("C0000-0001");
        var stamp = caseworker(MOEWOE);
        assertThat(decide(new LinkComplaintToCaseCommand(COMPLAINT, caseId, stamp), RECEIVED))
                .containsExactly(new ComplaintLinkedToCaseEvent(COMPLAINT, caseId, stamp));
        ComplaintState linked = RECEIVED.evolve(new ComplaintLinkedToCaseEvent(COMPLAINT, caseId, stamp));
        assertThat(decide(new LinkComplaintToCaseCommand(COMPLAINT, caseId, caseworker(MOEWOE)), linked))
                .as("linked already").isEmpty();
        ComplaintState shared = RECEIVED.evolve(new ComplaintSharedEvent(COMPLAINT, NGO, focalPoint(MOEWOE)));
        assertThatThrownBy(() -> decide(new LinkComplaintToCaseCommand(COMPLAINT, caseId, caseworker(NGO)), shared))
                .extracting("code").isEqualTo(ErrorCode.NOT_RECEIVING_AGENCY_OF_COMPLAINT);
        ComplaintState withdrawn = RECEIVED.evolve(new ComplaintWithdrawnEvent(COMPLAINT, sealed("w"), caseworker(MOEWOE)));
        assertThatThrownBy(() -> decide(new LinkComplaintToCaseCommand(COMPLAINT, caseId, caseworker(MOEWOE)), withdrawn))
                .extracting("code").isEqualTo(ErrorCode.COMPLAINT_ENDED);
    }
}
