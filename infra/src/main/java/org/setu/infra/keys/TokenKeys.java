package org.setu.infra.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.setu.api.security.TokenSigningKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The embedded issuer's RSA keys, kept in the network's ring; an old key verifies as long as a token it signed can live. */
public final class TokenKeys implements TokenSigningKeys {

    /** Where a node before network-wide keys kept its signing key (imported once, then deleted). */
    public static final String LEGACY_FILE = "jwt-signing-key.json";
    private final KeyRing ring;
    private final Map<String, RSAKey> parsed = new ConcurrentHashMap<>();

    TokenKeys(KeyRing ring) {
        this.ring = ring;
    }

    /** The ring's kind: RS256 key pairs as JWKs; {@code overlap} is the longest a token lives plus the clock skew. */
    static KeyKind kind(Duration overlap) {
        return new KeyKind() {
            @Override
            public String purpose() {
                return "token-signing";
            }

            @Override
            public KeyMaterial generate() {
                try {
                    return material(new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
                            .keyID(UUID.randomUUID().toString()).generate());
                } catch (JOSEException e) {
                    throw new IllegalStateException("Cannot generate a token signing key", e);
                }
            }

            @Override
            public Optional<KeyMaterial> legacy(Path dataDir) {
                Path file = dataDir.resolve(LEGACY_FILE);
                if (!Files.exists(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(material(RSAKey.parse(Files.readString(file))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ParseException e) {
                    throw new IllegalStateException(file + " is not an RSA JWK: " + e.getMessage(), e);
                }
            }

            @Override
            public List<Path> legacyFiles(Path dataDir) {
                return List.of(dataDir.resolve(LEGACY_FILE));
            }

            @Override
            public Duration overlap() {
                return overlap;
            }
        };
    }

    /** A private RSA JWK (JSON) given by configuration. */
    static KeyMaterial configured(String jwk) {
        try {
            RSAKey key = RSAKey.parse(jwk);
            if (!key.isPrivate() || key.getKeyID() == null) {
                throw new IllegalStateException("setu.keys.token-signing-jwk must be a private RSA JWK with a \"kid\"");
            }
            return material(key);
        } catch (ParseException e) {
            throw new IllegalStateException("setu.keys.token-signing-jwk is not an RSA JWK: " + e.getMessage(), e);
        }
    }

    private static KeyMaterial material(RSAKey key) {
        return new KeyMaterial(key.getKeyID(), key.toJSONString().getBytes(StandardCharsets.UTF_8),
                key.toPublicJWK().toJSONString());
    }

    @Override
    public RSAKey signing() {
        return parse(ring.current().signing());
    }

    @Override
    public List<RSAKey> verifying() {
        return publics(ring.current());
    }

    @Override
    public List<RSAKey> verifyingAfterRefresh() {
        return publics(ring.refreshed());
    }

    private List<RSAKey> publics(KeyRing.Snapshot snapshot) {
        return snapshot.verifying().stream().map(k -> parse(k).toPublicJWK()).toList();
    }

    private RSAKey parse(KeyMaterial key) {
        return parsed.computeIfAbsent(key.keyId(), id -> {
            try {
                return RSAKey.parse(new String(key.secret(), StandardCharsets.UTF_8));
            } catch (ParseException e) {
                throw new IllegalStateException("The stored token signing key " + id + " does not parse", e);
            }
        });
    }
}
