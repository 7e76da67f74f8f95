package org.setu.kernel.audit;

/** Recomputes the audit trail's hash chain from the first entry. */
public record VerifyAuditChainQuery() {
}
