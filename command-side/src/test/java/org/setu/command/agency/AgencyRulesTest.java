package org.setu.command.agency;

import org.junit.jupiter.api.Test;
import org.setu.command.common.EveryEventType;
import org.setu.kernel.agency.*;
import org.setu.kernel.common.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agency registry's evolve and decide as plain functions; evolution covers every permitted event type. */
class AgencyRulesTest {

    private static final AgencyId IOM = new AgencyId("iom-bd");
    private static final StaffId KARIM = new StaffId("kc-123");
    private static final Stamp ADMIN = new Stamp(new CommandId("c-1"),
            new Actor(new StaffId("s-admin"), AgencyId.SECRETARIAT, Set.of(Role.SECRETARIAT_ADMIN)),
            Instant.parse("2026-01-01T00:00:00Z"));
    private static final AgencyRegisteredEvent REGISTERED = new AgencyRegisteredEvent(IOM, "IOM Bangladesh",
            AgencyType.UN_AGENCY, List.of(), ADMIN);
    private static final AgencyState ACTIVE = AgencyState.NONE.evolve(REGISTERED);

    private static final List<AgencyEvent> SAMPLES = List.of(
            REGISTERED,
            new AgencyUpdatedEvent(IOM, "IOM BD", AgencyType.UN_AGENCY, List.of(), ADMIN),
            new AgencySuspendedEvent(IOM, "audit", ADMIN),
            new AgencyReactivatedEvent(IOM, "cleared", ADMIN),
            new StaffMemberAddedEvent(IOM, KARIM, "Karim", Set.of(Role.FOCAL_POINT), ADMIN),
            new StaffMemberRemovedEvent(IOM, KARIM, "left", ADMIN)
    );

    @Test
    void every_permitted_agency_event_type_evolves_the_state_and_is_remembered_for_retries() {
        EveryEventType.evolves(AgencyEvent.class, AgencyState.EVOLUTION, SAMPLES, ACTIVE);
    }

    @Test
    void suspension_and_staff_are_folded_from_the_events() {
        AgencyState state = ACTIVE.evolve(new AgencySuspendedEvent(IOM, "audit", ADMIN))
                .evolve(new StaffMemberAddedEvent(IOM, KARIM, "Karim", Set.of(Role.FOCAL_POINT), ADMIN));
        assertThat(state.suspended()).isTrue();
        assertThat(state.staff()).containsExactly(KARIM);
        assertThat(state.evolve(new StaffMemberRemovedEvent(IOM, KARIM, "left", ADMIN)).staff()).isEmpty();
    }

    @Test
    void a_registered_agency_is_not_registered_again() {
        var again = new RegisterAgencyCommand(IOM, "IOM again", AgencyType.UN_AGENCY, List.of(), ADMIN);
        assertThatThrownBy(() -> AgencyRules.decide(again, ACTIVE)).extracting("code")
                .isEqualTo(ErrorCode.AGENCY_ALREADY_REGISTERED);
        assertThat(AgencyRules.decide(again, AgencyState.NONE)).isInstanceOf(AgencyRegisteredEvent.class);
    }

    @Test
    void a_suspended_agency_is_not_suspended_again() {
        AgencyState suspended = ACTIVE.evolve(new AgencySuspendedEvent(IOM, "audit", ADMIN));
        assertThatThrownBy(() -> AgencyRules.decide(new SuspendAgencyCommand(IOM, "again", ADMIN), suspended))
                .extracting("code").isEqualTo(ErrorCode.AGENCY_ALREADY_SUSPENDED);
    }

    @Test
    void only_staff_of_the_agency_can_be_removed() {
        assertThatThrownBy(() -> AgencyRules.decide(new RemoveStaffMemberCommand(IOM, KARIM, "left", ADMIN), ACTIVE))
                .extracting("code").isEqualTo(ErrorCode.STAFF_NOT_FOUND);
    }
}
