package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Role;

import java.util.List;
import java.util.Set;

/** An agency's staff members as the registry holds them (for its administrators, never in the public directory). */
public record AgencyStaff(AgencyId agencyId, List<StaffMember> members) {

    public AgencyStaff {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** One person of the agency and the roles they hold there. */
    public record StaffMember(StaffId staffId, String name, Set<Role> roles) {

        public StaffMember {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }
}
