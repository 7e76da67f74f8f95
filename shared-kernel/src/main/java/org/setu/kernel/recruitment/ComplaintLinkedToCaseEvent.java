package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseId;

/** The complaint was linked to the referral case {@code caseId} of the same person. */
@Revision("1")
public record ComplaintLinkedToCaseEvent(ComplaintId complaintId,
                                         CaseId caseId,
                                         Stamp stamp) implements ComplaintEvent {
}
