package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The complaint was referred to court. */
@Revision("1")
public record ComplaintReferredToCourtEvent(ComplaintId complaintId,
                                            Sealed reason,
                                            Stamp stamp) implements ComplaintEvent {
}
