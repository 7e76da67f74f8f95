package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The complaint was closed with its outcome. */
@Revision("1")
public record ComplaintClosedEvent(ComplaintId complaintId,
                                   Sealed outcome,
                                   Stamp stamp) implements ComplaintEvent {
}
