package org.setu.kernel.common;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Who issues a command: the person, the agency they act for, and their roles there (from the access token). */
public record Actor(StaffId staffId, AgencyId agency, Set<Role> roles) {

    /** Setu itself, on the network's behalf, for what no person decided (a lockout expiring, a deadline missed). */
    public static final Actor SETU = new Actor(new StaffId("setu"), AgencyId.SECRETARIAT, Set.of());

    public Actor {
        Checks.required(staffId, "actor.staffId");
        Checks.required(agency, "actor.agency");
        roles = Set.copyOf(Checks.required(roles, "actor.roles"));
    }

    public boolean hasAnyRole(Role... candidates) {
        return hasAnyRole(List.of(candidates));
    }

    public boolean hasAnyRole(Collection<Role> candidates) {
        return candidates.stream().anyMatch(roles::contains);
    }

    public boolean actsFor(AgencyId candidate) {
        return agency.equals(candidate);
    }

    /** Refuses unless the actor holds one of the roles. */
    public void requireRole(String action, Role... candidates) {
        requireRole(action, List.of(candidates));
    }

    /** Refuses unless the actor holds one of the roles; the refusal names them in the order given. */
    public void requireRole(String action, Collection<Role> candidates) {
        if (!hasAnyRole(candidates)) {
            throw new ForbiddenActionException(ErrorCode.ROLE_REQUIRED,
                    action + " requires the role " + candidates + "; " + staffId + " has " + roles);
        }
    }
}
