package org.setu.api.console;

import org.setu.api.security.RolesClaim;
import org.setu.api.security.SetuTokenConverter;
import org.setu.api.security.UserDirectory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one place where the console checks a password (so that a login lockout can wrap it). A users-file entry
 * becomes the same authentication a token of the embedded issuer would: its claims go through
 * {@link SetuTokenConverter}, so a missing or reserved agency is refused exactly as in a token, and the session's
 * principal is a {@link Jwt} from which {@code Caller.of} reads the caller. Partners have no console.
 */
public class ConsoleLogin {

    /** Not a token anyone can present: it marks a principal that came from a console login. */
    static final String SESSION_TOKEN_VALUE = "console-session";

    private final UserDirectory users;
    private final SetuTokenConverter converter = new SetuTokenConverter(new RolesClaim("roles"));
    private final Duration sessionLifetime;

    public ConsoleLogin(UserDirectory users, Duration sessionLifetime) {
        this.users = users;
        this.sessionLifetime = sessionLifetime;
    }

    /** The staff member's authentication, or empty for wrong credentials, a partner or an entry Setu refuses. */
    public Mono<AbstractAuthenticationToken> login(String username, String password) {
        return Mono.fromCallable(() -> authenticate(username, password).orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }

    Optional<AbstractAuthenticationToken> authenticate(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        return users.user(username, password).flatMap(this::staff);
    }

    private Optional<AbstractAuthenticationToken> staff(UserDirectory.Entry entry) {
        Instant now = Instant.now();
        Jwt.Builder claims = Jwt.withTokenValue(SESSION_TOKEN_VALUE).header("alg", "none")
                .subject(entry.username()).issuedAt(now).expiresAt(now.plus(sessionLifetime))
                .claim("roles", entry.roles() == null ? List.of() : entry.roles());
        if (entry.agency() != null) {
            claims.claim("agency", entry.agency());
        }
        if (entry.name() != null) {
            claims.claim("name", entry.name());
        }
        try {
            AbstractAuthenticationToken authentication = converter.convert(claims.build()).block();
            boolean staff = authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(a -> SetuTokenConverter.STAFF.equals(a.getAuthority()));
            return staff ? Optional.of(authentication) : Optional.empty();
        } catch (OAuth2AuthenticationException refused) {
            // The same refusal a token with these claims would get (no agency, a reserved id...): no session.
            return Optional.empty();
        }
    }
}
