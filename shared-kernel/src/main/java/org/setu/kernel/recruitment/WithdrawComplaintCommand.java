package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Records that the complainant withdrew the complaint, with the reason (receiving agency). */
public record WithdrawComplaintCommand(ComplaintId complaintId,
                                       Sealed reason,
                                       Stamp stamp) implements ComplaintCommand {

    public WithdrawComplaintCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
