package org.setu.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Setu as its own token issuer: short-lived RS256 access tokens signed with the network's current key
 * ({@link TokenSigningKeys}), and the public keys still verifying as a JWK set.
 */
public final class EmbeddedIssuer {

    /** RFC 9068's media type of JWT access tokens, so that no other kind of token passes for one. */
    private static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");
    private final TokenSigningKeys keys;
    private final String issuer;
    private final Duration lifetime;

    public EmbeddedIssuer(TokenSigningKeys keys, String issuer, Duration lifetime) {
        this.keys = keys;
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    public String issuer() {
        return issuer;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public JWKSet publicKeys() {
        return new JWKSet(List.copyOf(keys.verifying()));
    }

    /** The keys that may have signed a token naming {@code keyId}: a key unknown here is looked up once more. */
    public List<JWK> verifying(String keyId) {
        List<RSAKey> known = keys.verifying();
        if (keyId == null || known.stream().anyMatch(k -> keyId.equals(k.getKeyID()))) {
            return List.copyOf(known);
        }
        return List.copyOf(keys.verifyingAfterRefresh());
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
        RSAKey key = keys.signing();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(ACCESS_TOKEN).keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }
}
