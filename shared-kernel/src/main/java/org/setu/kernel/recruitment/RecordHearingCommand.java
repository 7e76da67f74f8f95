package org.setu.kernel.recruitment;

import java.time.Instant;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Records an arbitration hearing held at {@code heldAt} (receiving agency). */
public record RecordHearingCommand(ComplaintId complaintId,
                                   Instant heldAt,
                                   Stamp stamp) implements ComplaintCommand {

    public RecordHearingCommand {
        Checks.required(complaintId, "complaintId");
        Checks.required(heldAt, "heldAt");
        Checks.required(stamp, "stamp");
    }
}
