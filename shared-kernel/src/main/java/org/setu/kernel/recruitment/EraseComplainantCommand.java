package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.ErasureBasis;

/** Erases the complainant's personal data by destroying their key (SECRETARIAT_ADMIN, with a reason that holds no personal data). */
public record EraseComplainantCommand(ComplaintId complaintId,
                                      ErasureBasis basis,
                                      String reason,
                                      Stamp stamp) implements ComplaintCommand {

    public EraseComplainantCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(basis, "basis");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
