package org.setu.api.security;

import org.setu.api.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as problems. A token refused for one of Setu's reasons ({@link TokenRefusal}) gets that reason's type,
 * so the missing or malformed claim is named; every other failure (no token, bad signature, expired, another issuer)
 * is {@code unauthorized}.
 */
final class TokenRefusalHandlers {

    private final ProblemWriter problems;

    TokenRefusalHandlers(ProblemWriter problems) {
        this.problems = problems;
    }

    Mono<Void> unauthorized(ServerWebExchange exchange, AuthenticationException e) {
        boolean tokenSent = exchange.getRequest().getHeaders().containsKey("Authorization");
        exchange.getResponse().getHeaders().set("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
        OAuth2Error refusal = setuError(e);
        if (refusal != null) {
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, refusal.getErrorCode(), "Token refused",
                    refusal.getDescription());
        }
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                "A valid bearer token is required: " + e.getMessage());
    }

    Mono<Void> forbidden(ServerWebExchange exchange, AccessDeniedException e) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "The token does not allow this request");
    }

    /** The first error in the cause chain whose code is one of Setu's token refusals, from a validator or a claim. */
    private static OAuth2Error setuError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OAuth2AuthenticationException oauth && TokenRefusal.of(oauth.getError().getErrorCode()) != null) {
                return oauth.getError();
            }
            if (t instanceof JwtValidationException invalid) {
                for (OAuth2Error error : invalid.getErrors()) {
                    if (TokenRefusal.of(error.getErrorCode()) != null) {
                        return error;
                    }
                }
            }
        }
        return null;
    }
}
