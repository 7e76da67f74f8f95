package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The complainant withdrew the complaint. */
@Revision("1")
public record ComplaintWithdrawnEvent(ComplaintId complaintId,
                                      Sealed reason,
                                      Stamp stamp) implements ComplaintEvent {
}
