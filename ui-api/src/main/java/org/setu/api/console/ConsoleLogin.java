package org.setu.api.console;

import org.setu.api.accounts.StaffLogins;
import org.setu.api.login.LoginGuard;
import org.setu.api.security.RolesClaim;
import org.setu.api.security.SetuTokenConverter;
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
 * The one place where the console checks a password, through the same {@link LoginGuard} as the token endpoint (the
 * failures count together, a lock holds for both, a locked account is not checked at all). A staff login (of the
 * users file or a stored account, {@link StaffLogins}) becomes the same authentication a token of the embedded issuer would: its claims go through
 * {@link SetuTokenConverter}, so a missing or reserved agency is refused exactly as in a token, and the session's
 * principal is a {@link Jwt} from which {@code Caller.of} reads the caller. Partners have no console.
 */
public class ConsoleLogin {

    /** Not a token anyone can present: it marks a principal that came from a console login. */
    static final String SESSION_TOKEN_VALUE = "console-session";
    /** The stored account's epoch when the session began (absent for the users file): see {@link ConsoleSessions}. */
    static final String ACCOUNT_EPOCH_CLAIM = "setu_account_epoch";

    private final StaffLogins logins;
    private final LoginGuard guard;
    private final SetuTokenConverter converter = new SetuTokenConverter(new RolesClaim("roles"));
    private final Duration sessionLifetime;

    public ConsoleLogin(StaffLogins logins, LoginGuard guard, Duration sessionLifetime) {
        this.logins = logins;
        this.guard = guard;
        this.sessionLifetime = sessionLifetime;
    }

    /**
     * What a login attempt came to: signed in, refused, or not checked until {@code retryAt} (backing off after a
     * failure, or {@code locked} after too many).
     */
    public record Attempt(AbstractAuthenticationToken authentication, Instant retryAt, boolean locked) {
    }

    /** Blocking work (the lockout store, BCrypt) runs off the event loop. */
    public Mono<Attempt> login(String username, String password) {
        return Mono.fromCallable(() -> attempt(username, password)).subscribeOn(Schedulers.boundedElastic());
    }

    Attempt attempt(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return new Attempt(null, null, false);
        }
        var outcome = guard.attempt(LoginGuard.Kind.USER, username, logins.knows(username),
                () -> logins.check(username, password));
        if (outcome instanceof LoginGuard.Throttled<StaffLogins.StaffLogin> throttled) {
            return new Attempt(null, throttled.until(), throttled.locked());
        }
        if (outcome instanceof LoginGuard.Granted<StaffLogins.StaffLogin> granted) {
            return new Attempt(staff(granted.account()).orElse(null), null, false);
        }
        return new Attempt(null, null, false);
    }

    Optional<AbstractAuthenticationToken> authenticate(String username, String password) {
        return Optional.ofNullable(attempt(username, password).authentication());
    }

    private Optional<AbstractAuthenticationToken> staff(StaffLogins.StaffLogin entry) {
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
        if (entry.epoch() != null) {
            claims.claim(ACCOUNT_EPOCH_CLAIM, entry.epoch());
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
