package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.command.common.EveryEventType;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Role;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.privacy.GrantId;
import org.setu.kernel.referral.*;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.command.referral.Cases.*;

/**
 * Evolution is exhaustive: every permitted subtype of the sealed {@link CaseEvent} evolves the state (none is
 * skipped), and every one a command made is remembered for retries. A new event type without an evolution fails
 * here, and already when {@link CaseState} loads ({@code EvolutionTest} shows the dispatch failing loudly).
 */
class CaseEvolutionTest {

    /** One event of each type, all applicable to a case with one requested referral. */
    private static final List<CaseEvent> SAMPLES = List.of(
            opened(),
            new ConsentRecordedEvent(CASE, CONSENT, caseworker(MOEWOE)),
            new ConsentWithdrawnEvent(CASE, sealed("subject asked"), caseworker(MOEWOE)),
            new ConsentOverriddenEvent(CASE, OUTSIDER, sealed("emergency"), focalPoint(MOEWOE)),
            new NoteAddedEvent(CASE, new NoteId("note-1"), MOEWOE, NoteVisibility.LEAD_AGENCY, sealed("n"), caseworker(MOEWOE)),
            Cases.requested(REF2, MOEWOE, NGO, ServiceType.LEGAL_AID),
            accepted(),
            new ReferralDeclinedEvent(CASE, REF, DeclineReason.NO_CAPACITY, sealed("full"), focalPoint(IOM)),
            started(),
            new ReferralCompletedEvent(CASE, REF, sealed("done"), caseworker(IOM)),
            new ReferralFailedEvent(CASE, REF, sealed("gone"), caseworker(IOM)),
            new ReferralWithdrawnEvent(CASE, REF, sealed("resolved"), caseworker(MOEWOE)),
            new LeadTransferRequestedEvent(CASE, MOEWOE, IOM, sealed("handover"), focalPoint(MOEWOE)),
            new LeadTransferAcceptedEvent(CASE, MOEWOE, IOM, focalPoint(IOM)),
            new LeadTransferDeclinedEvent(CASE, MOEWOE, IOM, sealed("no"), focalPoint(IOM)),
            new CaseClosedEvent(CASE, sealed("done"), caseworker(MOEWOE)),
            new CaseReopenedEvent(CASE, sealed("again"), caseworker(MOEWOE)),
            new ReferralEscalatedEvent(CASE, REF, SlaDeadline.DECISION, T0, MOEWOE, IOM),
            new SubjectErasedEvent(CASE, ErasureBasis.REQUEST, "asked", stamp(SECRETARIAT, Role.SECRETARIAT_ADMIN)),
            new BreakGlassGrantedEvent(CASE, new GrantId("G00000000-0000-0000-0000-000000000001"), "check", T0,
                    stamp(SECRETARIAT, Role.SECRETARIAT_REVIEWER))
    );

    private static final CaseState WITH_A_REFERRAL = CaseState.NONE.evolve(opened()).evolve(requested());

    @Test
    void every_permitted_case_event_type_evolves_the_state_and_is_remembered_for_retries() {
        EveryEventType.evolves(CaseEvent.class, CaseState.EVOLUTION, SAMPLES, WITH_A_REFERRAL);
    }

    @Test
    void only_a_missed_deadline_escalates_without_a_command() {
        assertThat(EveryEventType.unstamped(CaseEvent.class)).containsExactly(ReferralEscalatedEvent.class);
    }
}
