package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Records that the recruiting agency was notified of the complaint (receiving agency). */
public record NotifyRecruiterCommand(ComplaintId complaintId,
                                     Stamp stamp) implements ComplaintCommand {

    public NotifyRecruiterCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(stamp, "stamp");
    }
}
