package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Records a payment of the award by the recruiting agency, in taka (receiving agency). */
public record RecordPaymentCommand(ComplaintId complaintId,
                                   long amountBdt,
                                   Stamp stamp) implements ComplaintCommand {

    public RecordPaymentCommand {
        Checks.required(complaintId, "complaintId");
        Bdt.positive(amountBdt, "amountBdt");
        Checks.required(stamp, "stamp");
    }
}
