package org.setu.kernel.audit;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.recruitment.ComplaintId;

/**
 * Someone without need-to-know asked for a complaint and was told it does not exist, as {@link AccessRefusedEvent}
 * records for a case: the caller learns nothing, the secretariat sees the attempt. {@code action} names the request
 * (e.g. {@code GET /api/v1/complaints/{complaintId}}); {@code suppressed} counts the caller's earlier attempts not
 * recorded because they came too fast.
 */
@Revision("1")
public record ComplaintAccessRefusedEvent(ComplaintId complaintId, String action, Stamp stamp, long suppressed) {
}
