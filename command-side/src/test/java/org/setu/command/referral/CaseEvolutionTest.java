package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.command.common.RecentCommands;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.privacy.GrantId;
import org.setu.kernel.referral.*;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.setu.command.referral.Cases.*;

/**
 * Evolution is exhaustive: every permitted subtype of the sealed {@link CaseEvent} evolves the state (none is
 * skipped), and every one a command made is remembered for retries. A new event type without an evolution fails
 * here, and already when {@link CaseState} loads ({@code EvolutionTest} shows the dispatch failing loudly).
 */
class CaseEvolutionTest {

    /** One event of each type, all applicable to a case with one requested referral. */
    private static final Map<Class<?>, CaseEvent> SAMPLES = List.of(
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
    ).stream().collect(Collectors.toMap(Object::getClass, Function.identity()));

    private static final CaseState WITH_A_REFERRAL = CaseState.NONE.evolve(opened()).evolve(requested());

    @Test
    void there_is_a_sample_of_every_permitted_case_event_type() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrder(CaseEvent.class.getPermittedSubclasses());
    }

    @Test
    void every_permitted_case_event_type_evolves_the_state() {
        assertThat(CaseState.EVOLUTION.missing()).isEmpty();
        for (Class<?> type : CaseEvent.class.getPermittedSubclasses()) {
            assertThatCode(() -> WITH_A_REFERRAL.evolve(SAMPLES.get(type))).as(type.getSimpleName())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void every_case_event_a_command_made_is_remembered_for_retries() throws ReflectiveOperationException {
        List<Class<?>> unstamped = Arrays.stream(CaseEvent.class.getPermittedSubclasses())
                .filter(type -> Arrays.stream(type.getRecordComponents()).noneMatch(c -> c.getType() == Stamp.class))
                .toList();
        assertThat(unstamped).as("only a missed deadline escalates without a command")
                .containsExactly(ReferralEscalatedEvent.class);
        for (CaseEvent event : SAMPLES.values()) {
            var recent = new RecentCommands();
            recent.rememberCommandOf(event);
            Stamp stamp = stampOf(event);
            if (stamp != null) {
                assertThat(recent.contains(stamp.commandId())).as(event.getClass().getSimpleName()).isTrue();
            }
        }
    }

    private static Stamp stampOf(CaseEvent event) throws ReflectiveOperationException {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getType() == Stamp.class) {
                return (Stamp) component.getAccessor().invoke(event);
            }
        }
        return null;
    }
}
