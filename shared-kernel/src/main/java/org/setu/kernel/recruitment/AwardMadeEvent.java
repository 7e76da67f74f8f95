package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** An award was made, in taka. */
@Revision("1")
public record AwardMadeEvent(ComplaintId complaintId,
                             long amountBdt,
                             Stamp stamp) implements ComplaintEvent {
}
