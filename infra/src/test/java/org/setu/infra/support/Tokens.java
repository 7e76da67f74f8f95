package org.setu.infra.support;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.setu.api.security.TokenSigningKeys;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/**
 * Signed tokens with exactly the claims a test wants, to try what an issuer could hand out: a valid staff token by
 * default, changed by {@link #with}; signed with a given key (Setu's own, or a test issuer's).
 */
public final class Tokens {

    private final RSAKey key;
    private final String issuer;

    public Tokens(RSAKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** Setu's embedded issuer, signing with the network's current key. */
    public static Tokens embedded(TokenSigningKeys keys) {
        return new Tokens(keys.signing(), "urn:setu:embedded");
    }

    /** A caseworker of the ministry for five minutes, as the embedded issuer would make one. */
    public JWTClaimsSet.Builder staff() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).subject("moe-cw").claim("agency", "moewoe")
                .claim("roles", List.of("CASEWORKER")).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    public String with(Consumer<JWTClaimsSet.Builder> change) {
        return sign(built(change), null);
    }

    public String with(Consumer<JWTClaimsSet.Builder> change, String headerType) {
        return sign(built(change), headerType);
    }

    private JWTClaimsSet built(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = staff();
        change.accept(claims);
        return claims.build();
    }

    /** A payload exactly as given (JSON nulls and wrong types too), e.g. {@code {"sub":"x","roles":null}}. */
    public String raw(String payloadJson) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    new Payload(payloadJson));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    private String sign(JWTClaimsSet claims, String headerType) {
        try {
            JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID());
            if (headerType != null) {
                header.type(new JOSEObjectType(headerType));
            }
            SignedJWT jwt = new SignedJWT(header.build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
