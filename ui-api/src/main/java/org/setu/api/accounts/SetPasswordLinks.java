package org.setu.api.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens of set-password links: 256 random bits, shown once (in the link the administrator hands over); only their
 * SHA-256 is stored, so a copy of the database opens no account. A token is an exact key: no search, no timing.
 */
public final class SetPasswordLinks {

    public static final String PATH = "/set-password?token=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SetPasswordLinks() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
