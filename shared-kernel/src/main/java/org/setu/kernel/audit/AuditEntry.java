package org.setu.kernel.audit;

import java.time.Instant;

/**
 * One entry of the secretariat's audit trail, a link of a hash chain: {@code hash} = SHA-256 over the entry's
 * canonical form and {@code previousHash}.
 */
public record AuditEntry(long seq, Instant at, String actor, String agency, String roles, String action, String caseId,
                         String referralId, String outcome, String errorCode, String reason, String eventId,
                         String previousHash, String hash) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REFUSED = "REFUSED";
    public static final String VIEWED = "VIEWED";
    /** A request on a case by a caller without need-to-know: answered 404 as if the case did not exist. */
    public static final String NOT_FOUND_FOR_CALLER = "NOT_FOUND_FOR_CALLER";
}
