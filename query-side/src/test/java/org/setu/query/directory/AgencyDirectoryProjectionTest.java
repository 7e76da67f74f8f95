package org.setu.query.directory;

import org.setu.kernel.query.AgencyStaff;
import org.setu.kernel.agency.StaffMemberRemovedEvent;
import org.setu.kernel.agency.StaffMemberAddedEvent;
import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.*;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.query.AgencyView;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory fold as a plain function. */
class AgencyDirectoryProjectionTest {

    private static final AgencyId IOM = new AgencyId("iom-bd");
    private static final Stamp STAMP = new Stamp(new CommandId("c1"), new Actor(new StaffId("a"), AgencyId.SECRETARIAT,
            Set.of(Role.SECRETARIAT_ADMIN)), Instant.EPOCH);

    @Test
    void registration_update_suspension_and_reactivation_shape_the_listing() {
        var services = List.of(new ServiceOffering(ServiceType.SHELTER, Set.of("Dhaka"), Set.of("bn"), null));
        AgencyView v = AgencyDirectoryProjection.apply(null, new AgencyRegisteredEvent(IOM, "IOM", AgencyType.UN_AGENCY, services, STAMP));
        assertThat(v.active()).isTrue();
        v = AgencyDirectoryProjection.apply(v, new AgencySuspendedEvent(IOM, "audit", STAMP));
        assertThat(v.active()).isFalse();
        v = AgencyDirectoryProjection.apply(v, new AgencyUpdatedEvent(IOM, "IOM Bangladesh", AgencyType.UN_AGENCY, List.of(), STAMP));
        assertThat(v.name()).isEqualTo("IOM Bangladesh");
        assertThat(v.active()).as("an update does not lift a suspension").isFalse();
        assertThat(v.services()).isEmpty();
        v = AgencyDirectoryProjection.apply(v, new AgencyReactivatedEvent(IOM, "ok", STAMP));
        assertThat(v.active()).isTrue();
        assertThat(AgencyDirectoryProjection.apply(null, new AgencySuspendedEvent(IOM, "x", STAMP))).isNull();
    }

    @Test
    void staff_are_added_changed_and_removed_and_other_events_keep_the_list() {
        AgencyStaff list = AgencyDirectoryProjection.staff(null,
                new StaffMemberAddedEvent(IOM, new StaffId("nadia"), "Nadia Islam", Set.of(Role.FOCAL_POINT), STAMP));
        list = AgencyDirectoryProjection.staff(list,
                new StaffMemberAddedEvent(IOM, new StaffId("rafi"), "Rafi Ahmed", Set.of(Role.CASEWORKER), STAMP));
        list = AgencyDirectoryProjection.staff(list, new StaffMemberAddedEvent(IOM, new StaffId("nadia"), "Nadia Islam",
                Set.of(Role.FOCAL_POINT, Role.AGENCY_ADMIN), STAMP));
        assertThat(list.members()).as("the roles changed, the person is listed once")
                .extracting(m -> m.staffId().value()).containsExactlyInAnyOrder("nadia", "rafi");
        assertThat(list.members()).filteredOn(m -> m.staffId().value().equals("nadia")).singleElement()
                .extracting(AgencyStaff.StaffMember::roles).isEqualTo(Set.of(Role.FOCAL_POINT, Role.AGENCY_ADMIN));
        list = AgencyDirectoryProjection.staff(list, new AgencySuspendedEvent(IOM, "audit", STAMP));
        assertThat(list.members()).hasSize(2);
        list = AgencyDirectoryProjection.staff(list, new StaffMemberRemovedEvent(IOM, new StaffId("rafi"), "left", STAMP));
        assertThat(list.members()).extracting(m -> m.staffId().value()).containsExactly("nadia");
        assertThat(list.agencyId()).isEqualTo(IOM);
    }
}
