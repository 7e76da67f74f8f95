package org.setu.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a password with the same work whatever the users file holds for the name, so that timing tells no one
 * which names exist: every check verifies exactly one hash of the file's cost. A hashed entry is verified against its
 * own hash; an unknown name, and a plaintext entry (demo files), against a reference hash of the same algorithm and
 * cost as the file's hashes (BCrypt cost 10 when it has none), the plaintext then compared in constant time.
 */
final class PasswordVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordVerifier.class);
    private static final Pattern BCRYPT = Pattern.compile("^\\{bcrypt}\\$2[abxy]?\\$(\\d\\d)\\$.{53}$");
    private static final int DEFAULT_BCRYPT_COST = 10;

    private final PasswordEncoder encoders = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final String reference;

    /** {@code stored}: every password and secret of the file, as written there (null for none). */
    PasswordVerifier(Collection<String> stored) {
        Map<String, Long> costs = stored.stream().filter(Objects::nonNull).filter(PasswordVerifier::hashed)
                .collect(Collectors.groupingBy(PasswordVerifier::costClass, Collectors.counting()));
        String common = costs.entrySet().stream().max(Comparator.comparing(Map.Entry<String, Long>::getValue))
                .map(Map.Entry::getKey).orElse("bcrypt/" + DEFAULT_BCRYPT_COST);
        if (costs.size() > 1) {
            LOG.warn("The users file mixes password hash kinds {}: logins of accounts not hashed as {} take a different "
                    + "time, which tells those names apart from unknown ones; hash every entry alike", costs.keySet(), common);
        }
        this.reference = referenceHash(common);
    }

    /** Whether {@code given} is the password {@code stored} (null when the name is unknown) stands for. */
    boolean matches(String given, String stored) {
        String candidate = given == null ? "" : given;
        if (stored != null && hashed(stored)) {
            return encoders.matches(candidate, stored);
        }
        encoders.matches(candidate, reference); // the same work as a real check; its answer means nothing
        return stored != null && given != null && MessageDigest.isEqual(sha256(given), sha256(plain(stored)));
    }

    static boolean hashed(String stored) {
        return stored.startsWith("{") && !stored.startsWith("{noop}");
    }

    private static String plain(String stored) {
        return stored.startsWith("{noop}") ? stored.substring("{noop}".length()) : stored;
    }

    /** What decides the time a hash takes to verify: its algorithm and cost (BCrypt), else its algorithm's id. */
    static String costClass(String stored) {
        Matcher bcrypt = BCRYPT.matcher(stored);
        if (bcrypt.matches()) {
            return "bcrypt/" + Integer.parseInt(bcrypt.group(1));
        }
        return stored.substring(1, Math.max(1, stored.indexOf('}')));
    }

    private String referenceHash(String costClass) {
        byte[] seed = new byte[16];
        new SecureRandom().nextBytes(seed);
        String random = HexFormat.of().formatHex(seed);
        Function<Integer, String> bcrypt = cost -> "{bcrypt}" + new BCryptPasswordEncoder(cost).encode(random);
        if (costClass.startsWith("bcrypt/")) {
            return bcrypt.apply(Integer.parseInt(costClass.substring("bcrypt/".length())));
        }
        LOG.warn("No reference hash for '{}' password hashes: unknown names are checked against BCrypt cost {} instead; "
                + "use BCrypt ({bcrypt}$2a$10$...) in the users file", costClass, DEFAULT_BCRYPT_COST);
        return bcrypt.apply(DEFAULT_BCRYPT_COST);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
