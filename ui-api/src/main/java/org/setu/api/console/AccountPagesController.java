package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.accounts.AccountController;
import org.setu.api.accounts.AccountController.AccountReason;
import org.setu.api.accounts.AccountController.AccountRoles;
import org.setu.api.accounts.AccountController.Invitation;
import org.setu.api.security.Caller;
import org.setu.kernel.common.Role;
import org.setu.kernel.query.AgencyView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The accounts screens of agency admins and the secretariat, through the API's own {@link AccountController} (same
 * checks, same refusals): the agency's accounts with the invite form, and one account with its actions. A new link
 * is shown once, after the redirect, from the session ({@link LinkOnce}).
 */
@Controller
@Hidden // pages for people, not part of the API document
public class AccountPagesController {

    private static final Set<String> ACTIONS = Set.of("roles", "deactivate", "reactivate", "reset");

    private final AccountController api;
    private final ConsoleGateway gateway;
    private final ConsoleRefusals refusals;

    public AccountPagesController(AccountController api, ConsoleGateway gateway, ConsoleRefusals refusals) {
        this.api = api;
        this.gateway = gateway;
        this.refusals = refusals;
    }

    @GetMapping("/console/accounts")
    public Mono<Rendering> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String agency,
                                ServerWebExchange exchange) {
        return list(jwt, agency, null, null, exchange);
    }

    @PostMapping("/console/accounts")
    public Mono<Rendering> invite(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(fields -> {
            var form = new ConsoleForms.Action(fields);
            String agency = form.text("agency");
            return Mono.defer(() -> api.invite(jwt, agency == null ? "" : agency, new Invitation(form.text("username"),
                            form.text("name"), form.choices(Role.class, "roles")), exchange))
                    .flatMap(created -> LinkOnce.keep(exchange, created.getBody())
                            .thenReturn(Rendering.redirectTo(accountPath(agency, created.getBody().username()) + "?done=invited").build()))
                    .onErrorResume(e -> refused(e, "invite", exchange, refusal -> list(jwt, agency, refusal, fields, exchange)));
        });
    }

    @GetMapping("/console/accounts/{agency}/{username}")
    public Mono<Rendering> account(@AuthenticationPrincipal Jwt jwt, @PathVariable String agency,
                                   @PathVariable String username, @RequestParam(required = false) String done,
                                   ServerWebExchange exchange) {
        return account(jwt, agency, username, done, null, exchange, HttpStatus.OK);
    }

    @PostMapping("/console/accounts/{agency}/{username}/{action}")
    public Mono<Rendering> act(@AuthenticationPrincipal Jwt jwt, @PathVariable String agency,
                               @PathVariable String username, @PathVariable String action, ServerWebExchange exchange) {
        if (!ACTIONS.contains(action)) {
            return Mono.just(Rendering.view("console/not-found").status(HttpStatus.NOT_FOUND).build());
        }
        String done = accountPath(agency, username) + "?done=" + action;
        return exchange.getFormData().flatMap(fields -> {
            var form = new ConsoleForms.Action(fields);
            Mono<?> work = switch (action) {
                case "roles" -> Mono.defer(() -> api.roles(jwt, agency, username, new AccountRoles(form.choices(Role.class, "roles"))));
                case "deactivate" -> Mono.defer(() -> api.deactivate(jwt, agency, username, new AccountReason(form.text("reason"))));
                case "reactivate" -> Mono.defer(() -> api.reactivate(jwt, agency, username, new AccountReason(form.text("reason"))));
                default -> Mono.defer(() -> api.resetPassword(jwt, agency, username, exchange))
                        .flatMap(link -> LinkOnce.keep(exchange, link));
            };
            return work.then(Mono.just(Rendering.redirectTo(done).build()))
                    .onErrorResume(e -> refused(e, action, exchange,
                            refusal -> account(jwt, agency, username, null, refusal, exchange, HttpStatus.valueOf(refusal.status()))));
        });
    }

    private Mono<Rendering> list(Jwt jwt, String requested, ConsoleRefusals.Refusal refusal,
                                 MultiValueMap<String, String> values, ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt);
        boolean secretariat = caller.has(Role.SECRETARIAT_ADMIN);
        String agency = secretariat ? ConsoleForms.filter(requested) : caller.agency().value();
        Mono<List<AccountController.AccountView>> accounts = agency == null ? Mono.just(List.of())
                : Mono.defer(() -> api.list(jwt, agency)).map(AccountController.AccountList::items);
        return Mono.zip(accounts, secretariat ? gateway.agencies() : Mono.just(List.<AgencyView>of())).map(t -> Rendering
                .view("console/accounts").status(refusal == null ? HttpStatus.OK : HttpStatus.valueOf(refusal.status()))
                .modelAttribute("agency", agency == null ? "" : agency).modelAttribute("accounts", t.getT1())
                .modelAttribute("agencies", t.getT2()).modelAttribute("staffRoles", List.copyOf(Role.AGENCY_STAFF))
                .modelAttribute("refusal", refusal).modelAttribute("values", values)
                .modelAttribute("done", null).build());
    }

    private Mono<Rendering> account(Jwt jwt, String agency, String username, String done, ConsoleRefusals.Refusal refusal,
                                    ServerWebExchange exchange, HttpStatus status) {
        return Mono.defer(() -> api.get(jwt, agency, username)).zipWith(LinkOnce.take(exchange, username))
                .map(t -> Rendering.view("console/account").status(status)
                        .modelAttribute("account", t.getT1()).modelAttribute("link", t.getT2().orElse(null))
                        .modelAttribute("staffRoles", List.copyOf(Role.AGENCY_STAFF))
                        .modelAttribute("refusal", refusal).modelAttribute("done", done).build());
    }

    /** A refusal on the form; not found stays the 404 page, and a refused role the error page. */
    private Mono<Rendering> refused(Throwable e, String form, ServerWebExchange exchange,
                                    Function<ConsoleRefusals.Refusal, Mono<Rendering>> page) {
        var refusal = refusals.of(e, form, exchange);
        return refusal.status() == 404 || refusal.status() == 403 ? Mono.error(e) : page.apply(refusal);
    }

    static String accountPath(String agency, String username) {
        return "/console/accounts/" + UriUtils.encodePathSegment(agency, StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8);
    }
}
