package org.setu.api.accounts;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be, after NIST SP 800-63B: long (at least {@value #MIN_LENGTH} characters, counted as
 * code points after NFC, so a Bangla password is measured as typed), not the username, and not one of the commonly
 * used passwords guessers try first ({@code common-passwords.txt}, compared case-insensitively). No rules about
 * digits or symbols: they make passwords harder to remember, not to guess. Each refusal names its rule.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1024;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks a rule, naming the rule and the field {@code password}. */
    public static void check(String username, String password) {
        String given = password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = given.codePointCount(0, given.length());
        if (length < MIN_LENGTH) {
            throw refused(ErrorCode.PASSWORD_TOO_SHORT, "A password has at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException(ErrorCode.TEXT_TOO_LONG, "password", "A password has at most " + MAX_LENGTH + " characters");
        }
        String lower = given.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw refused(ErrorCode.PASSWORD_IS_USERNAME, "The password must not contain the username");
        }
        if (COMMON.contains(lower)) {
            throw refused(ErrorCode.PASSWORD_TOO_COMMON, "The password is one of the most commonly used passwords");
        }
    }

    private static InvalidInputException refused(ErrorCode code, String message) {
        return new InvalidInputException(code, "password", message);
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the classpath");
        }
        try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read common-passwords.txt", e);
        }
    }
}
