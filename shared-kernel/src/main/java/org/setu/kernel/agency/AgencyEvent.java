package org.setu.kernel.agency;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

/** Every fact about an agency's registry entry. */
public sealed interface AgencyEvent permits AgencyRegisteredEvent, AgencyUpdatedEvent, AgencySuspendedEvent,
        AgencyReactivatedEvent, StaffMemberAddedEvent, StaffMemberRemovedEvent {

    AgencyId agencyId();

    Stamp stamp();
}
