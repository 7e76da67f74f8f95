package org.setu.kernel.audit;

/** Up to {@code count} entries from position {@code fromSeq} on, in chain order: for exports. */
public record FindAuditRangeQuery(long fromSeq, int count) {
}
