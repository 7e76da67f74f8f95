package org.setu.api.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Setting a password with a one-time link's token: public, since the token is the credential (single use, 72 h). */
@RestController
@Tag(name = "Authentication")
public class SetPasswordController {

    private final AccountManagement accounts;

    public SetPasswordController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** A token from a set-password link, and the new password. */
    public record NewPassword(String token, String password) {
    }

    @PostMapping(path = "/api/v1/auth/set-password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set an invited or reset account's password with its one-time link's token")
    public Mono<ResponseEntity<Void>> setPassword(@RequestBody NewPassword body) {
        return AccountController.blocking(() -> {
            accounts.setPassword(body.token(), body.password());
            return ResponseEntity.noContent().build();
        });
    }
}
