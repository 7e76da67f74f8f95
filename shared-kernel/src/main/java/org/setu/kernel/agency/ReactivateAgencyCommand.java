package org.setu.kernel.agency;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Lifts an agency's suspension (SECRETARIAT_ADMIN). */
public record ReactivateAgencyCommand(AgencyId agencyId, String reason, Stamp stamp) implements AgencyCommand {

    public ReactivateAgencyCommand {
        Checks.required(agencyId, "agencyId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
