package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.command.referral.DeadlineIntent.Cancel;
import org.setu.command.referral.DeadlineIntent.Schedule;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.privacy.BreakGlassCommand;
import org.setu.kernel.privacy.EraseSubjectCommand;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.privacy.GrantId;
import org.setu.kernel.referral.*;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.command.referral.Cases.*;

/** {@link CaseRules#decide} as a plain function: a command and a state in, events and deadline intents out. */
class CaseRulesTest {

    private static final CaseRules.Deps DEPS = new CaseRules.Deps(directory(), SlaPolicy.standard());
    private static final CaseState OPEN = CaseState.NONE.evolve(opened());
    private static final CaseState REQUESTED = OPEN.evolve(requested());
    private static final CaseState CLOSED = OPEN.evolve(new CaseClosedEvent(CASE, sealed("done"), caseworker(MOEWOE)));

    private static Decision decide(CaseCommand command, CaseState state) {
        return CaseRules.decide(command, state, DEPS);
    }

    @Test
    void a_closed_case_refuses_a_note_before_any_other_rule() {
        var note = new AddNoteCommand(CASE, new NoteId("note-1"), NoteVisibility.LEAD_AGENCY, sealed("late"), caseworker(OUTSIDER));
        assertThatThrownBy(() -> decide(note, CLOSED)).extracting("code").isEqualTo(ErrorCode.CASE_CLOSED);
    }

    @Test
    void a_closed_case_refuses_even_to_be_opened_again() {
        assertThatThrownBy(() -> decide(new OpenCaseCommand(CASE, facts(), subject(), CONSENT, caseworker(MOEWOE)), CLOSED))
                .extracting("code").isEqualTo(ErrorCode.CASE_CLOSED);
    }

    @Test
    void a_closed_case_takes_reopening_erasure_and_break_glass() {
        var reopen = new ReopenCaseCommand(CASE, sealed("new complaint"), caseworker(MOEWOE));
        var erase = new EraseSubjectCommand(CASE, ErasureBasis.RETENTION, "retention ended",
                stamp(SECRETARIAT, Role.SECRETARIAT_ADMIN));
        var breakGlass = new BreakGlassCommand(CASE, new GrantId("G00000000-0000-0000-0000-000000000001"), "inquiry",
                Duration.ofMinutes(5), stamp(SECRETARIAT, Role.SECRETARIAT_REVIEWER));
        assertThat(decide(reopen, CLOSED).events()).singleElement().isInstanceOf(CaseReopenedEvent.class);
        assertThat(decide(erase, CLOSED).events()).singleElement().isInstanceOf(SubjectErasedEvent.class);
        assertThat(decide(breakGlass, CLOSED).events()).singleElement().isInstanceOf(BreakGlassGrantedEvent.class);
    }

    @Test
    void a_request_decides_the_referral_and_its_decision_deadline() {
        var stamp = caseworker(MOEWOE);
        var request = new RequestReferralCommand(CASE, REF, IOM, ServiceType.REINTEGRATION, Urgency.URGENT, null, stamp);
        Decision decision = decide(request, OPEN);
        var due = T0.plus(Duration.ofHours(24));
        assertThat(decision.events()).containsExactly(new ReferralRequestedEvent(CASE, REF, MOEWOE, IOM,
                ServiceType.REINTEGRATION, Urgency.URGENT, null, due, stamp));
        assertThat(decision.deadlines()).containsExactly(new Schedule(REF, SlaDeadline.DECISION, due));
    }

    @Test
    void accepting_meets_the_decision_deadline_and_starts_the_first_service_one() {
        Decision decision = decide(new AcceptReferralCommand(CASE, REF, focalPoint(IOM)), REQUESTED);
        assertThat(decision.deadlines()).containsExactly(new Cancel(REF, SlaDeadline.DECISION),
                new Schedule(REF, SlaDeadline.FIRST_SERVICE, T0.plus(Duration.ofDays(14))));
    }

    @Test
    void withdrawing_cancels_both_deadlines() {
        Decision decision = decide(new WithdrawReferralCommand(CASE, REF, sealed("resolved"), caseworker(MOEWOE)), REQUESTED);
        assertThat(decision.deadlines()).containsExactly(new Cancel(REF, SlaDeadline.DECISION),
                new Cancel(REF, SlaDeadline.FIRST_SERVICE));
    }

    @Test
    void deciding_leaves_the_state_as_it_was() {
        CaseState before = REQUESTED;
        decide(new AcceptReferralCommand(CASE, REF, focalPoint(IOM)), before);
        assertThat(before.referral(REF).status()).isEqualTo(ReferralStatus.REQUESTED);
    }

    @Test
    void a_second_erasure_decides_nothing() {
        var erased = OPEN.evolve(new SubjectErasedEvent(CASE, ErasureBasis.REQUEST, "asked",
                stamp(SECRETARIAT, Role.SECRETARIAT_ADMIN)));
        var again = new EraseSubjectCommand(CASE, ErasureBasis.REQUEST, "again", stamp(SECRETARIAT, Role.SECRETARIAT_ADMIN));
        assertThat(decide(again, erased)).isEqualTo(Decision.NOTHING);
    }

    @Test
    void an_outsider_is_refused_as_not_on_the_case() {
        var request = new RequestReferralCommand(CASE, REF2, NGO, ServiceType.LEGAL_AID, Urgency.NORMAL, null,
                caseworker(OUTSIDER));
        assertThatThrownBy(() -> decide(request, REQUESTED)).extracting("code").isEqualTo(ErrorCode.NOT_ON_CASE);
    }

    @Test
    void a_missed_deadline_escalates_to_the_lead_once() {
        var passed = new ReferralDeadlinePassed(REF, SlaDeadline.DECISION, T0.plus(Duration.ofHours(72)));
        var escalation = ReferralRules.escalation(passed, REQUESTED);
        assertThat(escalation).contains(new ReferralEscalatedEvent(CASE, REF, SlaDeadline.DECISION, passed.dueAt(),
                MOEWOE, IOM));
        assertThat(ReferralRules.escalation(passed, REQUESTED.evolve(escalation.orElseThrow()))).isEmpty();
    }

    @Test
    void a_deadline_the_referral_moved_past_does_not_escalate() {
        var passed = new ReferralDeadlinePassed(REF, SlaDeadline.DECISION, T0.plus(Duration.ofHours(72)));
        assertThat(ReferralRules.escalation(passed, REQUESTED.evolve(accepted()))).isEmpty();
    }
}
