package org.setu.api.console;

import org.setu.api.accounts.StaffLogins;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.WebSessionServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;

/**
 * Where a console login lives: in the web session, under an attribute of the console's own, so that the API's
 * filter chain (which reads Spring Security's default attribute) never treats a session cookie as a credential —
 * the API takes bearer tokens only, and a cookie there would make it open to cross-site requests. A login gets a
 * new session id (session fixation) and a new CSRF token; a session past its absolute lifetime is no login, nor is
 * one of a stored account that has since been deactivated, reset or given new roles (checked at every request, by
 * exact key, so a deactivation ends access at the next click on any node; the session is then ended).
 */
public final class ConsoleSessions implements ServerSecurityContextRepository {

    static final String CONTEXT_ATTRIBUTE = "SETU_CONSOLE_SECURITY_CONTEXT";

    private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();
    private final WebSessionServerCsrfTokenRepository csrf = new WebSessionServerCsrfTokenRepository();
    private final StaffLogins logins;

    public ConsoleSessions(StaffLogins logins) {
        this.logins = logins;
        sessions.setSpringSecurityContextAttrName(CONTEXT_ATTRIBUTE);
    }

    public ServerCsrfTokenRepository csrfTokens() {
        return csrf;
    }

    /** Starts the login: a fresh session id, a fresh CSRF token, then the authentication stored. */
    public Mono<Void> start(ServerWebExchange exchange, Authentication authentication) {
        return exchange.getSession().flatMap(WebSession::changeSessionId)
                .then(csrf.saveToken(exchange, null))
                .then(sessions.save(exchange, new SecurityContextImpl(authentication)));
    }

    /** Ends the login: the whole session goes, with the CSRF token and anything else in it. */
    public Mono<Void> end(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(WebSession::invalidate);
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
        return sessions.save(exchange, context);
    }

    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        return sessions.load(exchange).filter(context -> current(context.getAuthentication()))
                .filterWhen(context -> accountStillCurrent(exchange, (Jwt) context.getAuthentication().getPrincipal()));
    }

    private Mono<Boolean> accountStillCurrent(ServerWebExchange exchange, Jwt jwt) {
        if (!(jwt.getClaims().get(ConsoleLogin.ACCOUNT_EPOCH_CLAIM) instanceof Number epoch)) {
            return Mono.just(true); // an account of the users file: it changes only with the file
        }
        return Mono.fromCallable(() -> logins.stillCurrent(jwt.getSubject(), epoch.longValue()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(current -> current ? Mono.just(true) : end(exchange).thenReturn(false));
    }

    private static boolean current(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return false;
        }
        return jwt.getExpiresAt() != null && Instant.now().isBefore(jwt.getExpiresAt());
    }
}
