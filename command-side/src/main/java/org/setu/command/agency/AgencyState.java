package org.setu.command.agency;

import org.setu.command.common.Evolution;
import org.setu.command.common.Evolving;
import org.setu.kernel.agency.AgencyEvent;
import org.setu.kernel.agency.AgencyReactivatedEvent;
import org.setu.kernel.agency.AgencyRegisteredEvent;
import org.setu.kernel.agency.AgencySuspendedEvent;
import org.setu.kernel.agency.AgencyUpdatedEvent;
import org.setu.kernel.agency.StaffMemberAddedEvent;
import org.setu.kernel.agency.StaffMemberRemovedEvent;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.StaffId;

import java.util.HashSet;
import java.util.Set;

/** What the agency rules need to know of an agency, folded from its events; {@link #NONE} before registration. */
record AgencyState(AgencyId agencyId, boolean suspended, Set<StaffId> staff)
        implements Evolving<AgencyState, AgencyEvent> {

    static final AgencyState NONE = new AgencyState(null, false, Set.of());

    /** Every agency event, each with how it changes the state; a missing one stops the class from loading. */
    static final Evolution<AgencyState, AgencyEvent> EVOLUTION = Evolution.<AgencyState, AgencyEvent>of(AgencyEvent.class)
            .on(AgencyRegisteredEvent.class, (s, e) -> new AgencyState(e.agencyId(), s.suspended, s.staff))
            .on(AgencyUpdatedEvent.class, (s, e) -> s)
            .on(AgencySuspendedEvent.class, (s, e) -> new AgencyState(s.agencyId, true, s.staff))
            .on(AgencyReactivatedEvent.class, (s, e) -> new AgencyState(s.agencyId, false, s.staff))
            .on(StaffMemberAddedEvent.class, (s, e) -> s.withStaff(e.staffId(), true))
            .on(StaffMemberRemovedEvent.class, (s, e) -> s.withStaff(e.staffId(), false))
            .complete();

    AgencyState {
        staff = Set.copyOf(staff);
    }

    @Override
    public AgencyState evolve(AgencyEvent event) {
        return EVOLUTION.apply(this, event);
    }

    boolean exists() {
        return agencyId != null;
    }

    private AgencyState withStaff(StaffId member, boolean present) {
        Set<StaffId> next = new HashSet<>(staff);
        if (present) {
            next.add(member);
        } else {
            next.remove(member);
        }
        return new AgencyState(agencyId, suspended, next);
    }
}
