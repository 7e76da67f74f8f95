package org.setu.kernel.agency;

import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.Role;

/**
 * Who administers an agency: the secretariat's administrators, and the agency's own AGENCY_ADMIN. One rule for the
 * registry's commands (its profile, its staff) and for reading its staff list.
 */
public final class AgencyAdmins {

    private AgencyAdmins() {
    }

    /** Refuses (403) unless the actor administers this agency; {@code action} names what was tried. */
    public static void require(Actor actor, AgencyId agency, String action) {
        if (actor.hasAnyRole(Role.SECRETARIAT_ADMIN)) {
            return;
        }
        actor.requireRole(action, Role.AGENCY_ADMIN, Role.SECRETARIAT_ADMIN);
        if (!actor.actsFor(agency)) {
            throw new ForbiddenActionException(ErrorCode.NOT_AGENCY_MEMBER,
                    action + " of '" + agency + "' is for its own AGENCY_ADMIN");
        }
    }
}
