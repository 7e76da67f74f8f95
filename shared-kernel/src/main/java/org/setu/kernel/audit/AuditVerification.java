package org.setu.kernel.audit;

/** The chain's verdict: valid, how many entries, the head hash; or the first entry that does not verify, and why. */
public record AuditVerification(boolean valid, long entries, String headHash, Long firstBrokenEntry, String problem) {
}
