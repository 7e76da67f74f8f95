package org.setu.api.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.accounts.StaffLogins;
import org.setu.api.login.LoginGuard;
import org.setu.api.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The embedded issuer's endpoints: staff tokens by password, partner tokens by client credentials, the public keys.
 * Both logins go through the {@link LoginGuard}: repeated failures back off, then lock the account (429).
 */
@RestController
@Tag(name = "Authentication")
public class TokenController {

    private final EmbeddedIssuer issuer;
    private final UserDirectory users;
    private final StaffLogins logins;
    private final LoginGuard guard;
    private final boolean enabled;

    public TokenController(EmbeddedIssuer issuer, UserDirectory users, StaffLogins logins, LoginGuard guard,
                           AuthSettings settings) {
        this.issuer = issuer;
        this.users = users;
        this.logins = logins;
        this.guard = guard;
        this.enabled = settings.embeddedEnabled();
    }

    /** With an external issuer, Setu hands out no tokens of its own unless the operator enables them. */
    private void requireEnabled() {
        if (!enabled) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "The embedded issuer is off: tokens come from the configured identity provider");
        }
    }

    /** A login request. */
    public record Credentials(String username, String password) {
    }

    /** An OAuth 2 token response. */
    public record TokenResponse(String access_token, String token_type, long expires_in) {
    }

    @PostMapping(path = "/api/v1/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Exchange a username and password (users file or stored account) for a short-lived access token")
    public Mono<ResponseEntity<?>> token(@RequestBody Credentials credentials) {
        requireEnabled();
        String username = credentials.username();
        return Mono.<ResponseEntity<?>>fromCallable(() -> {
            var outcome = guard.attempt(LoginGuard.Kind.USER, username, logins.knows(username),
                    () -> logins.check(username, credentials.password()));
            if (outcome instanceof LoginGuard.Granted<StaffLogins.StaffLogin> granted) {
                StaffLogins.StaffLogin u = granted.account();
                return ResponseEntity.ok(issue(u.username(), u.name(), u.agency(), u.roles()));
            }
            return refused(outcome, "Unknown username or wrong password", null);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "OAuth 2 client credentials grant for partner systems")
    public Mono<ResponseEntity<?>> clientCredentials(ServerWebExchange exchange) {
        requireEnabled();
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
        String clientId = form.getFirst("client_id");
        var outcome = guard.attempt(LoginGuard.Kind.CLIENT, clientId, users.knowsClient(clientId),
                () -> users.client(clientId, form.getFirst("client_secret")));
        if (outcome instanceof LoginGuard.Granted<UserDirectory.Entry> granted) {
            UserDirectory.Entry c = granted.account();
            return ResponseEntity.ok(issue(c.clientId(), c.name(), c.agency(), c.roles() == null ? List.of("PARTNER") : c.roles()));
        }
        return refused(outcome, "Unknown client or wrong secret", "invalid_client");
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The public keys that verify Setu's tokens")
    public Map<String, Object> jwks() {
        requireEnabled();
        return issuer.publicKeys().toJSONObject();
    }

    private TokenResponse issue(String subject, String name, String agency, List<String> roles) {
        return new TokenResponse(issuer.issue(subject, name, agency, roles == null ? List.of() : roles), "Bearer",
                issuer.lifetime().toSeconds());
    }

    /** 401 for a wrong password or name; 429 with Retry-After, the password unchecked, while throttled. */
    private static ResponseEntity<?> refused(LoginGuard.Outcome<?> outcome, String detail, String oauthError) {
        if (outcome instanceof LoginGuard.Throttled<?> throttled) {
            long seconds = Math.max(1, (Duration.between(Instant.now(), throttled.until()).toMillis() + 999) / 1000);
            ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts",
                    "Too many login attempts", throttled.locked()
                            ? "Too many failed logins: this account is locked for " + seconds + " s (an administrator can unlock it)"
                            : "Too many failed logins: wait " + seconds + " s before trying again");
            if (oauthError != null) {
                problem.setProperty("error", "temporarily_unavailable");
            }
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials", detail);
        if (oauthError != null) {
            problem.setProperty("error", oauthError);
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
