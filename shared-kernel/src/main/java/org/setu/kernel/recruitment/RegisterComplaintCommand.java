package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Registers a received complaint (receiving agency). */
public record RegisterComplaintCommand(ComplaintId complaintId,
                                       Stamp stamp) implements ComplaintCommand {

    public RegisterComplaintCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(stamp, "stamp");
    }
}
