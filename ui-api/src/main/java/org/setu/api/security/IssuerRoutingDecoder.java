package org.setu.api.security;

import com.nimbusds.jwt.JWTParser;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.util.Map;

/**
 * With an external issuer and the embedded issuer explicitly enabled beside it, each token goes to the decoder of the
 * issuer it names; the chosen decoder verifies signature and issuer, so the unverified {@code iss} only routes.
 */
final class IssuerRoutingDecoder implements ReactiveJwtDecoder {

    private final Map<String, ReactiveJwtDecoder> byIssuer;

    IssuerRoutingDecoder(Map<String, ReactiveJwtDecoder> byIssuer) {
        this.byIssuer = Map.copyOf(byIssuer);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return Mono.error(new BadJwtException("Malformed token", e));
        }
        ReactiveJwtDecoder decoder = issuer == null ? null : byIssuer.get(issuer);
        return decoder == null ? Mono.error(new BadJwtException("The token's issuer is not trusted")) : decoder.decode(token);
    }
}
