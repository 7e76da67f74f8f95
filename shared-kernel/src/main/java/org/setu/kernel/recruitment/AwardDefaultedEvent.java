package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The recruiting agency defaulted on the award. */
@Revision("1")
public record AwardDefaultedEvent(ComplaintId complaintId,
                                  Sealed reason,
                                  Stamp stamp) implements ComplaintEvent {
}
