package org.setu.api.console;

import org.setu.api.accounts.AccountController.SetPasswordLink;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A new set-password link kept in the administrator's session between the post and the page it redirects to, and
 * taken out when shown: it appears once, is not in any URL or log, and a reload shows it no more.
 */
final class LinkOnce {

    private static final String ATTRIBUTE = "SETU_NEW_SET_PASSWORD_LINK";

    private LinkOnce() {
    }

    static Mono<Void> keep(ServerWebExchange exchange, SetPasswordLink link) {
        // Plain strings only: the session may be stored in MongoDB.
        HashMap<String, String> kept = new HashMap<>(Map.of("username", link.username(), "url", link.setPasswordUrl(),
                "expiresAt", link.expiresAt().toString()));
        return exchange.getSession().doOnNext(s -> s.getAttributes().put(ATTRIBUTE, kept)).then();
    }

    static Mono<Optional<SetPasswordLink>> take(ServerWebExchange exchange, String username) {
        return exchange.getSession().map(s -> {
            if (s.getAttributes().get(ATTRIBUTE) instanceof Map<?, ?> kept && username.equals(kept.get("username"))) {
                s.getAttributes().remove(ATTRIBUTE);
                return Optional.of(new SetPasswordLink(username, (String) kept.get("url"),
                        Instant.parse((String) kept.get("expiresAt"))));
            }
            return Optional.empty();
        });
    }
}
