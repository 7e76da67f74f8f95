package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The complaint was registered. */
@Revision("1")
public record ComplaintRegisteredEvent(ComplaintId complaintId,
                                       Stamp stamp) implements ComplaintEvent {
}
