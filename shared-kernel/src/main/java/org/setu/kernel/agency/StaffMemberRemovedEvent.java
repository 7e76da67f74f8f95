package org.setu.kernel.agency;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;

/** A person left an agency. */
@Revision("1")
public record StaffMemberRemovedEvent(AgencyId agencyId,
                                      StaffId staffId,
                                      String reason,
                                      Stamp stamp) implements AgencyEvent {
}
