package org.setu.kernel.agency;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Suspends an agency: it can no longer receive referrals or open cases (SECRETARIAT_ADMIN). */
public record SuspendAgencyCommand(AgencyId agencyId, String reason, Stamp stamp) implements AgencyCommand {

    public SuspendAgencyCommand {
        Checks.required(agencyId, "agencyId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
