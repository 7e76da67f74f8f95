package org.setu.infra.webhooks;

import org.setu.infra.privacy.Hmac;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard Webhooks signing: a secret is {@code whsec_} + base64 of 32 random bytes; the signature of a message is
 * {@code v1,} + base64 of HMAC-SHA256 over {@code id.timestamp.body} with the decoded secret. Several secrets (during a
 * rotation) give several signatures, separated by spaces.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    public static String header(List<String> secrets, String id, long timestamp, String body) {
        return secrets.stream().map(secret -> "v1," + sign(secret, id, timestamp, body)).collect(Collectors.joining(" "));
    }

    static String sign(String secret, String id, long timestamp, String body) {
        return Base64.getEncoder().encodeToString(Hmac.sha256(
                Base64.getDecoder().decode(secret.substring(PREFIX.length())), id + "." + timestamp + "." + body));
    }
}
