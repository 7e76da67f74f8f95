package org.setu.kernel.recruitment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** An arbitration hearing was held. */
@Revision("1")
public record HearingHeldEvent(ComplaintId complaintId,
                               Instant heldAt,
                               Stamp stamp) implements ComplaintEvent {
}
