package org.setu.api.login;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.security.Caller;
import org.setu.api.security.UserDirectory;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.UnknownResourceException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** An administrator lifts a login lock before it runs out (SECRETARIAT_ADMIN); audited. */
@RestController
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
public class AccountUnlockController {

    private final LoginGuard guard;
    private final UserDirectory users;

    public AccountUnlockController(LoginGuard guard, UserDirectory users) {
        this.guard = guard;
        this.users = users;
    }

    @PostMapping("/api/v1/admin/accounts/{username}/unlock")
    @Operation(summary = "Forget a user's or partner client's failed logins and lift its lock (SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Void>> unlock(@AuthenticationPrincipal Jwt jwt, @PathVariable String username) {
        Caller admin = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        boolean user = users.knowsUser(username);
        boolean client = users.knowsClient(username);
        if (!user && !client) {
            throw new UnknownResourceException(ErrorCode.ACCOUNT_NOT_FOUND, "The users file lists no account " + username);
        }
        return Mono.fromRunnable(() -> {
            if (user) {
                guard.unlock(LoginGuard.Kind.USER, username, admin.actor());
            }
            if (client) {
                guard.unlock(LoginGuard.Kind.CLIENT, username, admin.actor());
            }
        }).subscribeOn(Schedulers.boundedElastic()).then(Mono.just(ResponseEntity.noContent().build()));
    }
}
