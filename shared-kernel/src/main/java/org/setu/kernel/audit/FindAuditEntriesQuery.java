package org.setu.kernel.audit;

import java.time.Instant;

/** Audit entries, newest first, filtered by case, agency, actor, action type and time (all optional). */
public record FindAuditEntriesQuery(String caseId, String agency, String actor, String action, Instant from, Instant to,
                                    int page, int size) {
}
