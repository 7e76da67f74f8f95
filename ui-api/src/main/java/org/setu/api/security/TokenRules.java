package org.setu.api.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a signed token must also satisfy: the issuer, expiry within the clock skew, an {@code exp} at all, a bounded
 * lifetime, an access token rather than an ID or refresh token, and (for an external issuer) Setu's audience.
 */
public final class TokenRules {

    /** Keycloak's {@code typ} claim of access tokens; ID and refresh tokens say {@code ID}, {@code Refresh}. */
    private static final String ACCESS_TOKEN_TYP = "Bearer";
    /** JOSE {@code typ} headers an access token may carry (RFC 9068 and plain JWT). */
    private static final Set<String> ACCESS_TOKEN_HEADER_TYPES = Set.of("jwt", "at+jwt", "application/at+jwt");
    /** Claims only ID tokens carry (OpenID Connect Core 3.1.3.6, 3.3.2.11). */
    private static final List<String> ID_TOKEN_CLAIMS = List.of("nonce", "at_hash", "c_hash");

    private TokenRules() {
    }

    public static OAuth2TokenValidator<Jwt> of(String issuer, Duration maxLifetime, Duration skew, String audience,
                                               Clock clock) {
        List<OAuth2TokenValidator<Jwt>> rules = new ArrayList<>();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(skew);
        timestamps.setClock(clock);
        rules.add(timestamps);
        rules.add(new JwtIssuerValidator(issuer));
        rules.add(jwt -> lifetime(jwt, maxLifetime, skew, clock.instant()));
        rules.add(TokenRules::accessTokenOnly);
        if (audience != null) {
            rules.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                    ? OAuth2TokenValidatorResult.success()
                    : TokenRefusal.WRONG_AUDIENCE.failure("expected " + audience + ", got " + jwt.getAudience()));
        }
        return new DelegatingOAuth2TokenValidator<>(rules);
    }

    /**
     * Spring's claim conversion, except that a missing {@code iat} stays missing: Spring would make one up
     * ({@code exp} minus a second), which would hide a far-future {@code exp} from the lifetime cap; and {@code iss}
     * stays the string it is (it is compared as a string): Spring turns it into a {@code URL}, and for an issuer that
     * is not one (the embedded issuer's {@code urn:...}) the JDK searches every jar for a protocol handler on every
     * request — 3.6 % of the front door's CPU (issue 17).
     */
    public static Converter<Map<String, Object>, Map<String, Object>> claimsAsSent() {
        MappedJwtClaimSetConverter spring = MappedJwtClaimSetConverter.withDefaults(
                Map.of(JwtClaimNames.ISS, issuer -> issuer == null ? null : issuer.toString()));
        return claims -> {
            Map<String, Object> converted = spring.convert(claims);
            if (claims.get(JwtClaimNames.IAT) == null) {
                converted.remove(JwtClaimNames.IAT);
            }
            return converted;
        };
    }

    static OAuth2TokenValidatorResult lifetime(Jwt jwt, Duration max, Duration skew, Instant now) {
        Instant exp = jwt.getExpiresAt();
        if (exp == null) {
            return TokenRefusal.MISSING_CLAIM_EXP.failure(null);
        }
        Instant iat = jwt.getIssuedAt();
        if (iat != null && iat.isAfter(now.plus(skew))) {
            return TokenRefusal.TOKEN_ISSUED_IN_THE_FUTURE.failure("iat " + iat + ", now " + now);
        }
        // Without iat the remaining lifetime is what counts: a far-future exp is refused either way.
        Instant from = iat != null ? iat : now;
        if (Duration.between(from, exp).compareTo(max.plus(skew)) > 0) {
            return TokenRefusal.TOKEN_LIFETIME_TOO_LONG.failure("at most " + max);
        }
        return OAuth2TokenValidatorResult.success();
    }

    static OAuth2TokenValidatorResult accessTokenOnly(Jwt jwt) {
        Object typ = jwt.getClaims().get("typ");
        if (typ != null && !ACCESS_TOKEN_TYP.equalsIgnoreCase(typ.toString())) {
            return TokenRefusal.WRONG_TOKEN_TYPE.failure("typ " + typ);
        }
        Object headerType = jwt.getHeaders().get("typ");
        if (headerType != null && !ACCESS_TOKEN_HEADER_TYPES.contains(headerType.toString().toLowerCase(Locale.ROOT))) {
            return TokenRefusal.WRONG_TOKEN_TYPE.failure("header typ " + headerType);
        }
        for (String claim : ID_TOKEN_CLAIMS) {
            if (jwt.hasClaim(claim)) {
                return TokenRefusal.WRONG_TOKEN_TYPE.failure("an ID token claim (" + claim + ")");
            }
        }
        return OAuth2TokenValidatorResult.success();
    }
}
