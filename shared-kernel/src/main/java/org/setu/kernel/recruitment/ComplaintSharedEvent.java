package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

/** The complaint was shared with another agency. */
@Revision("1")
public record ComplaintSharedEvent(ComplaintId complaintId,
                                   AgencyId agency,
                                   Stamp stamp) implements ComplaintEvent {
}
