package org.setu.kernel.agency;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

import java.util.List;

/** An agency joined the network. */
@Revision("1")
public record AgencyRegisteredEvent(AgencyId agencyId,
                                    String name,
                                    AgencyType type,
                                    List<ServiceOffering> services,
                                    Stamp stamp) implements AgencyEvent {
}
