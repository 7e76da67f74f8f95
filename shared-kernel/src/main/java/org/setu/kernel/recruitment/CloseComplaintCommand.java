package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Closes the complaint with its outcome (receiving agency). */
public record CloseComplaintCommand(ComplaintId complaintId,
                                    Sealed outcome,
                                    Stamp stamp) implements ComplaintCommand {

    public CloseComplaintCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(outcome, "outcome");
        Checks.required(stamp, "stamp");
    }
}
