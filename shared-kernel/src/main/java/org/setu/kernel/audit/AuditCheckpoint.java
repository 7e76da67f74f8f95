package org.setu.kernel.audit;

import java.time.Instant;

/** A signed statement that the audit trail had {@code entries} entries ending in {@code headHash} at {@code at}. */
public record AuditCheckpoint(long entries, String headHash, Instant at, String algorithm, String signature) {

    /** The bytes that are signed: entries and head hash, nothing else. */
    public String signedText() {
        return entries + ":" + headHash;
    }
}
