package org.setu.kernel.recruitment;

import java.time.Instant;

/** The full complaint view as it stood at {@code asOf}, rebuilt from its events (null if it was not filed yet). */
public record FindComplaintAsOfQuery(ComplaintId complaintId, Instant asOf) {
}
