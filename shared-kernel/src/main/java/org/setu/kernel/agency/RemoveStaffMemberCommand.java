package org.setu.kernel.agency;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;

/** Removes a person from an agency. */
public record RemoveStaffMemberCommand(AgencyId agencyId,
                                       StaffId staffId,
                                       String reason,
                                       Stamp stamp) implements AgencyCommand {

    public RemoveStaffMemberCommand {
        Checks.required(agencyId, "agencyId");
        Checks.required(staffId, "staffId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
