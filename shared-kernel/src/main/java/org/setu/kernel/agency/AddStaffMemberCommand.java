package org.setu.kernel.agency;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;

import java.util.Set;

/** Adds a person to an agency with roles, or changes their roles (its AGENCY_ADMIN or SECRETARIAT_ADMIN). */
public record AddStaffMemberCommand(AgencyId agencyId,
                                    StaffId staffId,
                                    String name,
                                    Set<Role> roles,
                                    Stamp stamp) implements AgencyCommand {

    public AddStaffMemberCommand {
        Checks.required(agencyId, "agencyId");
        Checks.required(staffId, "staffId");
        name = Checks.name(name, "name", Limits.NAME);
        roles = Set.copyOf(Checks.required(roles, "roles"));
        Checks.required(stamp, "stamp");
    }
}
