package org.setu.infra.keys;


import java.time.Duration;

/**
 * The network's signing keys ({@code setu.keys.*}).
 *
 * @param rotateAfter       age at which a stored key is succeeded by a new generation (the old one keeps verifying)
 * @param refresh           how often each node re-reads the keys (a rotation by another node is also seen at once
 *                          when a token or checkpoint names a key this node has not read yet)
 * @param tokenSigningJwk   a private RSA JWK (JSON, with {@code kid}) that signs tokens instead of the stored ones
 *                          ({@code SETU_TOKEN_SIGNING_JWK}); stored keys still verify
 * @param auditSigningKey   a base64 PKCS#8 Ed25519 private key that signs checkpoints instead ({@code SETU_AUDIT_SIGNING_KEY})
 * @param auditPublicKey    its public half, base64 X.509 ({@code SETU_AUDIT_PUBLIC_KEY}); required with the private key
 */
public record NetworkKeySettings(Duration rotateAfter, Duration refresh, String tokenSigningJwk, String auditSigningKey,
                                 String auditPublicKey) {

    public NetworkKeySettings {
        rotateAfter = rotateAfter == null ? Duration.ofDays(90) : rotateAfter;
        refresh = refresh == null ? Duration.ofSeconds(30) : refresh;
        tokenSigningJwk = blankToNull(tokenSigningJwk);
        auditSigningKey = blankToNull(auditSigningKey);
        auditPublicKey = blankToNull(auditPublicKey);
        if ((auditSigningKey == null) != (auditPublicKey == null)) {
            throw new IllegalStateException("setu.keys.audit-signing-key and setu.keys.audit-public-key go together");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
