package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Refers the complaint to court, with the reason (receiving agency). */
public record ReferComplaintToCourtCommand(ComplaintId complaintId,
                                           Sealed reason,
                                           Stamp stamp) implements ComplaintCommand {

    public ReferComplaintToCourtCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
