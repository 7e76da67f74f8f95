package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The recruiting agency paid part or all of the award, in taka. */
@Revision("1")
public record PaymentRecordedEvent(ComplaintId complaintId,
                                   long amountBdt,
                                   Stamp stamp) implements ComplaintEvent {
}
