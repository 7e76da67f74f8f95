package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Reopens an ended complaint, with the reason (receiving agency). */
public record ReopenComplaintCommand(ComplaintId complaintId,
                                     Sealed reason,
                                     Stamp stamp) implements ComplaintCommand {

    public ReopenComplaintCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
