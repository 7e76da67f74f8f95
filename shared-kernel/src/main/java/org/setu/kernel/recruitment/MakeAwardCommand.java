package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Records the award of an arbitration, in taka (receiving agency; after a hearing). */
public record MakeAwardCommand(ComplaintId complaintId,
                               long amountBdt,
                               Stamp stamp) implements ComplaintCommand {

    public MakeAwardCommand {
        Checks.required(complaintId, "complaintId");
        Bdt.required(amountBdt, "amountBdt");
        Checks.required(stamp, "stamp");
    }
}
