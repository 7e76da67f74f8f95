package org.setu.kernel.agency;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

/** An agency's suspension was lifted. */
@Revision("1")
public record AgencyReactivatedEvent(AgencyId agencyId, String reason, Stamp stamp) implements AgencyEvent {
}
