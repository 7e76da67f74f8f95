package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.security.AuthSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;

/**
 * Signing in to the console: with an external issuer, a button to it ({@link IssuerLogin}); with the embedded issuer,
 * a users-file or stored account: a plain form (no script needed); a wrong password shows the
 * form again with a message and status 401 (429 while the account is locked), never a stack trace. Signing out is {@code POST /logout} (the filter chain).
 */
@Controller
@Hidden // pages for people, not part of the API document
public class LoginController {

    private final ConsoleLogin login;
    private final ConsoleSessions sessions;
    private final AuthSettings auth;

    public LoginController(ConsoleLogin login, ConsoleSessions sessions, AuthSettings auth) {
        this.login = login;
        this.sessions = sessions;
        this.auth = auth;
    }

    @GetMapping("/")
    public Rendering root(@AuthenticationPrincipal Jwt signedIn) {
        return Rendering.redirectTo(signedIn == null ? "/login" : "/console").build();
    }

    @GetMapping("/login")
    public Rendering form(@AuthenticationPrincipal Jwt signedIn, @RequestParam(required = false) String loggedOut,
                          @RequestParam(required = false) String issuerRefused) {
        if (signedIn != null) {
            return Rendering.redirectTo("/console").build();
        }
        return page().modelAttribute("loggedOut", loggedOut != null)
                .modelAttribute("issuerRefused", issuerRefused != null)
                .modelAttribute("message", "login.failed")
                .modelAttribute("username", "").build();
    }

    /**
     * With an external issuer people sign in there (the button); passwords are asked for only where the embedded
     * issuer answers (the default, or beside an external issuer when {@code setu.auth.embedded-endpoints} says so).
     */
    private Rendering.Builder<?> page() {
        return Rendering.view("console/login").modelAttribute("issuer", auth.external())
                .modelAttribute("passwords", auth.embeddedEnabled());
    }

    @PostMapping("/login")
    public Mono<Rendering> signIn(ServerWebExchange exchange) {
        if (!auth.embeddedEnabled()) {
            return Mono.just(page().status(HttpStatus.UNAUTHORIZED).modelAttribute("failed", true)
                    .modelAttribute("message", "login.useIssuer").modelAttribute("loggedOut", false)
                    .modelAttribute("issuerRefused", false).modelAttribute("username", "").build());
        }
        return exchange.getFormData().flatMap(form -> {
            String username = form.getFirst("username");
            return login.login(username, form.getFirst("password")).flatMap(attempt -> {
                if (attempt.authentication() != null) {
                    return sessions.start(exchange, attempt.authentication())
                            .thenReturn(Rendering.redirectTo("/console").build());
                }
                boolean throttled = attempt.retryAt() != null;
                if (throttled) {
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1,
                            Duration.between(Instant.now(), attempt.retryAt()).toSeconds())));
                }
                String message = attempt.locked() ? "login.locked" : throttled ? "login.wait" : "login.failed";
                return Mono.just(page()
                        .status(throttled ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED)
                        .modelAttribute("failed", true).modelAttribute("message", message)
                        .modelAttribute("loggedOut", false).modelAttribute("issuerRefused", false)
                        .modelAttribute("username", username == null ? "" : username).build());
            });
        });
    }
}
