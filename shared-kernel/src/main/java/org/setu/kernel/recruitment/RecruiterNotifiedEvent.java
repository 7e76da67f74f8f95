package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The recruiting agency was notified of the complaint. */
@Revision("1")
public record RecruiterNotifiedEvent(ComplaintId complaintId,
                                     Stamp stamp) implements ComplaintEvent {
}
