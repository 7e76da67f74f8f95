package org.setu.infra.keys;

/**
 * One signing key pair as stored: its id (a JWT's {@code kid}, a checkpoint's {@code keyId}), the private half as
 * bytes (sealed under the master key before it is stored) and the public half as text (stored in clear).
 */
public record KeyMaterial(String keyId, byte[] secret, String publicText) {

    @Override
    public String toString() {
        return "KeyMaterial[" + keyId + "]";
    }
}
