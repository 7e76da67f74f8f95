package org.setu.kernel.agency;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

/** An agency was suspended. */
@Revision("1")
public record AgencySuspendedEvent(AgencyId agencyId, String reason, Stamp stamp) implements AgencyEvent {
}
