package org.setu.kernel.audit;

/** The latest checkpoint (null before the first) and the public key that verifies checkpoints. */
public record AuditCheckpointView(AuditCheckpoint checkpoint, String publicKeyPem) {
}
