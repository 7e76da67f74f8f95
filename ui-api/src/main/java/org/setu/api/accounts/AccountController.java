package org.setu.api.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.query.FindAgencyQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * An agency's login accounts stored by Setu: its AGENCY_ADMIN (or the SECRETARIAT_ADMIN) invites staff, who set
 * their password through a one-time link; deactivates, reactivates, resets passwords and changes roles. Accounts of
 * the users file are not listed here.
 */
@RestController
@RequestMapping("/api/v1/agencies/{agencyId}/accounts")
@Tag(name = "Directory") // staff accounts belong with the agencies and their staff
@SecurityRequirement(name = "bearer")
public class AccountController {

    private final AccountManagement accounts;
    private final ApiQueries queries;

    public AccountController(AccountManagement accounts, ApiQueries queries) {
        this.accounts = accounts;
        this.queries = queries;
    }

    /** An invitation. */
    public record Invitation(String username, String name, Set<Role> roles) {
    }

    /** An account's new roles. */
    public record AccountRoles(Set<Role> roles) {
    }

    /** Why an account is deactivated or reactivated. */
    public record AccountReason(String reason) {
    }

    /** An account as administrators see it (never its password hash). */
    public record AccountView(String username, String name, String agency, Set<Role> roles, AccountStatus status,
                              Instant changedAt) {
        public static AccountView of(Account a) {
            return new AccountView(a.username(), a.name(), a.agency().value(), a.roles(), a.status(), a.changedAt());
        }
    }

    /** A one-time set-password link, to hand to the person (Setu sends no mail). */
    public record SetPasswordLink(String username, String setPasswordUrl, Instant expiresAt) {
    }

    /** The list of an agency's stored accounts. */
    public record AccountList(List<AccountView> items) {
    }

    @GetMapping
    @Operation(summary = "The agency's stored accounts (its AGENCY_ADMIN or SECRETARIAT_ADMIN)")
    public Mono<AccountList> list(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId) {
        return managed(jwt, agencyId, (caller, id) -> new AccountList(
                accounts.list(caller, id).stream().map(AccountView::of).toList()));
    }

    @PostMapping
    @Operation(summary = "Invite a staff member: creates the account and a one-time set-password link (72 h)")
    public Mono<ResponseEntity<SetPasswordLink>> invite(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                                        @RequestBody Invitation body, ServerWebExchange exchange) {
        return managed(jwt, agencyId, (caller, id) -> {
            var link = accounts.invite(caller, id, body.username(), body.name(), body.roles());
            return ResponseEntity.created(URI.create("/api/v1/agencies/" + id + "/accounts/" + link.username()))
                    .body(view(link, exchange));
        });
    }

    @GetMapping("/{username}")
    @Operation(summary = "One stored account of the agency")
    public Mono<AccountView> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                 @PathVariable String username) {
        return managed(jwt, agencyId, (caller, id) -> AccountView.of(accounts.get(caller, id, username)));
    }

    @PutMapping("/{username}/roles")
    @Operation(summary = "Change an account's roles (staff roles only); its sessions end")
    public Mono<ResponseEntity<Void>> roles(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                            @PathVariable String username, @RequestBody AccountRoles body) {
        return managed(jwt, agencyId, (caller, id) -> {
            accounts.changeRoles(caller, id, username, body.roles());
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/{username}/deactivate")
    @Operation(summary = "Deactivate an account: no more logins, and its sessions end at their next request")
    public Mono<ResponseEntity<Void>> deactivate(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                                 @PathVariable String username, @RequestBody AccountReason body) {
        return managed(jwt, agencyId, (caller, id) -> {
            accounts.deactivate(caller, id, username, body.reason());
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/{username}/reactivate")
    @Operation(summary = "Reactivate a deactivated account")
    public Mono<ResponseEntity<Void>> reactivate(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                                 @PathVariable String username, @RequestBody AccountReason body) {
        return managed(jwt, agencyId, (caller, id) -> {
            accounts.reactivate(caller, id, username, body.reason());
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/{username}/reset-password")
    @Operation(summary = "Reset a password: the old one stops working, a new one-time link sets the next")
    public Mono<SetPasswordLink> resetPassword(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                               @PathVariable String username, ServerWebExchange exchange) {
        return managed(jwt, agencyId, (caller, id) -> view(accounts.resetPassword(caller, id, username), exchange));
    }

    private interface Managed<T> {
        T apply(Caller caller, AgencyId agency) throws Exception;
    }

    /** Who may manage the agency's accounts first (403 tells nothing), then whether it is registered, then the work. */
    private <T> Mono<T> managed(Jwt jwt, String agencyId, Managed<T> work) {
        Caller caller = Caller.of(jwt);
        AgencyId id = new AgencyId(agencyId);
        AccountRules.requireManager(caller, id);
        return queries.ask(new FindAgencyQuery(id), AgencyView.class)
                .switchIfEmpty(Mono.error(new UnknownResourceException(ErrorCode.AGENCY_NOT_FOUND, "No agency " + agencyId)))
                .then(blocking(() -> work.apply(caller, id)));
    }

    static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    static SetPasswordLink view(AccountManagement.IssuedLink link, ServerWebExchange exchange) {
        String url = UriComponentsBuilder.fromUri(exchange.getRequest().getURI()).replacePath("/set-password")
                .replaceQuery(null).queryParam("token", link.token()).build().toUriString();
        return new SetPasswordLink(link.username(), url, link.expiresAt());
    }
}
