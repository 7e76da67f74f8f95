package org.setu.api.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;

/** The embedded issuer's endpoints: staff tokens by password, partner tokens by client credentials, the public keys. */
@RestController
@Tag(name = "Authentication")
public class TokenController {

    private final EmbeddedIssuer issuer;
    private final UserDirectory users;

    public TokenController(EmbeddedIssuer issuer, UserDirectory users) {
        this.issuer = issuer;
        this.users = users;
    }

    /** A login request. */
    public record Credentials(String username, String password) {
    }

    /** An OAuth 2 token response. */
    public record TokenResponse(String access_token, String token_type, long expires_in) {
    }

    @PostMapping(path = "/api/v1/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Exchange a username and password from the users file for a short-lived access token")
    public Mono<ResponseEntity<?>> token(@RequestBody Credentials credentials) {
        return Mono.<ResponseEntity<?>>fromCallable(() -> users.user(credentials.username(), credentials.password())
                        .<ResponseEntity<?>>map(u -> ResponseEntity.ok(issue(u.username(), u.name(), u.agency(), u.roles())))
                        .orElseGet(() -> unauthorized("Unknown username or wrong password")))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "OAuth 2 client credentials grant for partner systems")
    public Mono<ResponseEntity<?>> clientCredentials(ServerWebExchange exchange) {
        return exchange.getFormData().publishOn(Schedulers.boundedElastic()).map(form -> {
            if (!"client_credentials".equals(form.getFirst("grant_type"))) {
                var problem = Problems.of(HttpStatus.BAD_REQUEST, "unsupported-grant-type", "Unsupported grant type",
                        "Only grant_type=client_credentials is supported");
                problem.setProperty("error", "unsupported_grant_type");
                return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
            return client(form);
        });
    }

    private ResponseEntity<?> client(MultiValueMap<String, String> form) {
        return users.client(form.getFirst("client_id"), form.getFirst("client_secret"))
                .<ResponseEntity<?>>map(c -> ResponseEntity.ok(issue(c.clientId(), c.name(), c.agency(),
                        c.roles() == null ? List.of("PARTNER") : c.roles())))
                .orElseGet(() -> {
                    ResponseEntity<?> response = unauthorized("Unknown client or wrong secret");
                    ((org.springframework.http.ProblemDetail) response.getBody()).setProperty("error", "invalid_client");
                    return response;
                });
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The public keys that verify Setu's tokens")
    public Map<String, Object> jwks() {
        return issuer.publicKeys().toJSONObject();
    }

    private TokenResponse issue(String subject, String name, String agency, List<String> roles) {
        return new TokenResponse(issuer.issue(subject, name, agency, roles == null ? List.of() : roles), "Bearer",
                issuer.lifetime().toSeconds());
    }

    private static ResponseEntity<?> unauthorized(String detail) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials", detail));
    }
}
