package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Records that the recruiting agency defaulted on the award, with the reason (receiving agency). */
public record RecordDefaultCommand(ComplaintId complaintId,
                                   Sealed reason,
                                   Stamp stamp) implements ComplaintCommand {

    public RecordDefaultCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
