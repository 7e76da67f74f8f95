package org.setu.kernel.audit;

/** The latest signed checkpoint, and the public key (PEM) that verifies it. */
public record FindAuditCheckpointQuery() {
}
