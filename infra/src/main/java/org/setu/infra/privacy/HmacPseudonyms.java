package org.setu.infra.privacy;

import org.setu.api.partners.Pseudonyms;

import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

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
        byte[] key = partnerKeys.computeIfAbsent(partner, p -> Hmac.sha256(master.getEncoded(), "setu-pseudonym-key:" + p));
        byte[] digest = Hmac.sha256(key, identifier);
        return "p_" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }
}
