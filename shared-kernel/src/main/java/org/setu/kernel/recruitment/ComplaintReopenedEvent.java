package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** An ended complaint was reopened. */
@Revision("1")
public record ComplaintReopenedEvent(ComplaintId complaintId,
                                     Sealed reason,
                                     Stamp stamp) implements ComplaintEvent {
}
