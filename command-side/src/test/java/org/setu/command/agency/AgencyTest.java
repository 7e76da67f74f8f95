package org.setu.command.agency;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.setu.command.common.StampedCommandTargetResolver;
import org.setu.kernel.agency.*;
import org.setu.kernel.common.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The agency registry: who registers, updates, suspends and manages staff. */
class AgencyTest {

    private static final AgencyId IOM = new AgencyId("iom-bd");
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final List<ServiceOffering> SERVICES = List.of(
            new ServiceOffering(ServiceType.REINTEGRATION, Set.of("Dhaka"), Set.of("bn", "en"), "Sun-Thu 9-17"));

    private final FixtureConfiguration<Agency> fixture = new AggregateTestFixture<>(Agency.class)
            .registerCommandTargetResolver(new StampedCommandTargetResolver());

    private static Stamp stamp(AgencyId agency, Role role) {
        return new Stamp(new CommandId("c" + IDS.incrementAndGet()), new Actor(new StaffId("s-" + role), agency, Set.of(role)),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static Stamp admin() {
        return stamp(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN);
    }

    private AgencyRegisteredEvent registered() {
        return new AgencyRegisteredEvent(IOM, "IOM Bangladesh", AgencyType.UN_AGENCY, SERVICES, admin());
    }

    @Test
    void the_secretariat_admin_registers_an_agency() {
        var stamp = admin();
        fixture.givenNoPriorActivity()
                .when(new RegisterAgencyCommand(IOM, "IOM Bangladesh", AgencyType.UN_AGENCY, SERVICES, stamp))
                .expectEvents(new AgencyRegisteredEvent(IOM, "IOM Bangladesh", AgencyType.UN_AGENCY, SERVICES, stamp));
    }

    @Test
    void nobody_else_registers_and_an_id_is_registered_once() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgencyCommand(IOM, "IOM", AgencyType.UN_AGENCY, SERVICES, stamp(IOM, Role.AGENCY_ADMIN)))
                .expectNoEvents().expectException(ForbiddenActionException.class);
        fixture.given(registered())
                .when(new RegisterAgencyCommand(IOM, "IOM again", AgencyType.UN_AGENCY, SERVICES, admin()))
                .expectNoEvents().expectException(ConflictException.class);
    }

    @Test
    void its_own_admin_or_the_secretariat_updates_an_agency() {
        var own = stamp(IOM, Role.AGENCY_ADMIN);
        fixture.given(registered())
                .when(new UpdateAgencyCommand(IOM, "IOM BD", AgencyType.UN_AGENCY, List.of(), own))
                .expectEvents(new AgencyUpdatedEvent(IOM, "IOM BD", AgencyType.UN_AGENCY, List.of(), own));
        fixture.given(registered())
                .when(new UpdateAgencyCommand(IOM, "hijacked", AgencyType.NGO, List.of(),
                        stamp(new AgencyId("ngo-a"), Role.AGENCY_ADMIN)))
                .expectNoEvents().expectException(ForbiddenActionException.class);
        fixture.given(registered())
                .when(new UpdateAgencyCommand(IOM, "IOM BD", AgencyType.UN_AGENCY, List.of(), stamp(IOM, Role.FOCAL_POINT)))
                .expectNoEvents().expectException(ForbiddenActionException.class);
    }

    @Test
    void suspension_and_reactivation_alternate() {
        var suspend = admin();
        fixture.given(registered()).when(new SuspendAgencyCommand(IOM, "audit", suspend))
                .expectEvents(new AgencySuspendedEvent(IOM, "audit", suspend));
        fixture.given(registered(), new AgencySuspendedEvent(IOM, "audit", admin()))
                .when(new SuspendAgencyCommand(IOM, "again", admin()))
                .expectNoEvents().expectException(RuleViolationException.class);
        fixture.given(registered()).when(new ReactivateAgencyCommand(IOM, "never suspended", admin()))
                .expectNoEvents().expectException(RuleViolationException.class);
        fixture.given(registered()).when(new SuspendAgencyCommand(IOM, "x", stamp(IOM, Role.AGENCY_ADMIN)))
                .expectNoEvents().expectException(ForbiddenActionException.class);
    }

    @Test
    void staff_have_agency_roles_only() {
        var add = stamp(IOM, Role.AGENCY_ADMIN);
        var staff = new StaffId("kc-123");
        fixture.given(registered())
                .when(new AddStaffMemberCommand(IOM, staff, "Karim", Set.of(Role.FOCAL_POINT), add))
                .expectEvents(new StaffMemberAddedEvent(IOM, staff, "Karim", Set.of(Role.FOCAL_POINT), add));
        fixture.given(registered())
                .when(new AddStaffMemberCommand(IOM, staff, "Karim", Set.of(Role.SECRETARIAT_ADMIN), add))
                .expectNoEvents().expectException(InvalidInputException.class);
        fixture.given(registered())
                .when(new RemoveStaffMemberCommand(IOM, staff, "left", stamp(IOM, Role.AGENCY_ADMIN)))
                .expectNoEvents().expectException(RuleViolationException.class);
    }
}
