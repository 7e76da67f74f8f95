package org.setu.infra.privacy;

import org.setu.api.feeds.Pseudonyms;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-partner pseudonyms: HMAC-SHA256 under a key derived from the master key for that partner, base64url of the
 * first 16 bytes with a {@code p_} prefix. Stable across restarts and nodes; different for every partner.
 */
public final class HmacPseudonyms implements Pseudonyms {

    private final SecretKey master;
    private final ConcurrentHashMap<String, byte[]> partnerKeys = new ConcurrentHashMap<>();

    public HmacPseudonyms(SecretKey master) {
        this.master = master;
    }

    @Override
    public String of(String partner, String identifier) {
        byte[] key = partnerKeys.computeIfAbsent(partner, p -> hmac(master.getEncoded(), "setu-pseudonym-key:" + p));
        byte[] digest = hmac(key, identifier);
        return "p_" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
