package org.setu.kernel.agency;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;

import java.util.Set;

/** A person joined an agency, or their roles there changed. */
@Revision("1")
public record StaffMemberAddedEvent(AgencyId agencyId,
                                    StaffId staffId,
                                    String name,
                                    Set<Role> roles,
                                    Stamp stamp) implements AgencyEvent {
}
