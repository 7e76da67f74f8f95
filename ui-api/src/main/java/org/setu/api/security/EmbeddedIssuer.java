package org.setu.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Setu as its own token issuer on the embedded default: an RSA key kept in the data directory (readable by the
 * owner only), short-lived RS256 access tokens, and the public key as a JWK set.
 */
public final class EmbeddedIssuer {

    public static final String KEY_FILE = "jwt-signing-key.json";
    /** RFC 9068's media type of JWT access tokens, so that no other kind of token passes for one. */
    private static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");
    private final RSAKey key;
    private final String issuer;
    private final Duration lifetime;

    private EmbeddedIssuer(RSAKey key, String issuer, Duration lifetime) {
        this.key = key;
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    public static EmbeddedIssuer inDataDir(Path dataDir, String issuer, Duration lifetime) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return new EmbeddedIssuer(RSAKey.parse(Files.readString(file)), issuer, lifetime);
            }
            Files.createDirectories(dataDir);
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
            Files.writeString(file, key.toJSONString());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's permissions apply.
            }
            return new EmbeddedIssuer(key, issuer, lifetime);
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot load or create the token signing key " + file + ": " + e.getMessage(), e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    public JWKSet publicKeys() {
        return new JWKSet(publicKey());
    }

    public String issue(String subject, String name, String agency, List<String> roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer).subject(subject).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime))).jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
        if (agency != null) {
            claims.claim("agency", agency);
        }
        if (name != null) {
            claims.claim("name", name);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(ACCESS_TOKEN).keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }
}
