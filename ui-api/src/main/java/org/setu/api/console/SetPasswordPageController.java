package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.accounts.AccountManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The public page where an invited (or reset) person chooses a password with their one-time link. The token travels
 * in a hidden field of the form (not again in a URL); a refused password shows the form again with the rule it broke,
 * and the link still works; a used, replaced or expired link is one message, whatever the cause.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class SetPasswordPageController {

    private final AccountManagement accounts;
    private final ConsoleRefusals refusals;

    public SetPasswordPageController(AccountManagement accounts, ConsoleRefusals refusals) {
        this.accounts = accounts;
        this.refusals = refusals;
    }

    @GetMapping("/set-password")
    public Mono<Rendering> form(@RequestParam(required = false) String token, ServerWebExchange exchange) {
        // Browsers must not send the link onward in a Referer header.
        exchange.getResponse().getHeaders().set("Referrer-Policy", "no-referrer");
        return Mono.fromCallable(() -> accounts.linkHolder(token)).subscribeOn(Schedulers.boundedElastic())
                .map(username -> page(token, username, null, false).build())
                .onErrorResume(e -> Mono.just(invalid()));
    }

    @PostMapping("/set-password")
    public Mono<Rendering> set(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Referrer-Policy", "no-referrer");
        return exchange.getFormData().flatMap(fields -> {
            String token = fields.getFirst("token");
            String password = fields.getFirst("password");
            return Mono.fromCallable(() -> {
                String username = accounts.linkHolder(token);
                if (password == null || !password.equals(fields.getFirst("confirm"))) {
                    return page(token, username, null, true).status(HttpStatus.BAD_REQUEST).build();
                }
                accounts.setPassword(token, password);
                return Rendering.view("console/set-password").modelAttribute("done", true).build();
            }).subscribeOn(Schedulers.boundedElastic()).onErrorResume(e -> {
                var refusal = refusals.of(e, "setPassword", exchange);
                if ("set-password-link-invalid".equals(refusal.code()) || refusal.field() == null) {
                    return Mono.just(invalid());
                }
                return Mono.fromCallable(() -> accounts.linkHolder(token)).subscribeOn(Schedulers.boundedElastic())
                        .map(username -> page(token, username, refusal, false)
                                .status(HttpStatus.valueOf(refusal.status())).build())
                        .onErrorResume(again -> Mono.just(invalid()));
            });
        });
    }

    private static Rendering.Builder<?> page(String token, String username, ConsoleRefusals.Refusal refusal, boolean mismatch) {
        return Rendering.view("console/set-password").modelAttribute("token", token).modelAttribute("username", username)
                .modelAttribute("refusal", refusal).modelAttribute("mismatch", mismatch).modelAttribute("done", false);
    }

    private static Rendering invalid() {
        return Rendering.view("console/set-password").status(HttpStatus.GONE).modelAttribute("invalid", true)
                .modelAttribute("done", false).build();
    }
}
