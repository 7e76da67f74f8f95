package org.setu.api.sharing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.agencies.ReservedAgencyIds;
import org.setu.api.common.ApiCommands;
import org.setu.api.security.Caller;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.sharing.*;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.setu.api.common.ApiQueries;

/** Data-sharing agreements with partners (SECRETARIAT_ADMIN): created, amended and revoked as audited events. */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Partners")
@SecurityRequirement(name = "bearer")
public class AgreementController {

    private final ApiCommands commands;
    private final ApiQueries queries;
    private final ReservedAgencyIds reserved;

    public AgreementController(ApiCommands commands, ApiQueries queries, ReservedAgencyIds reserved) {
        this.commands = commands;
        this.queries = queries;
        this.reserved = reserved;
    }

    @GetMapping
    @Operation(summary = "Agreements: every one for the secretariat; a partner sees its own")
    public Mono<AgreementList> list(@AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN, Role.SECRETARIAT_REVIEWER, Role.PARTNER);
        String partner = caller.has(Role.SECRETARIAT) ? null : caller.staffId().value();
        return queries.ask(new FindAgreementsQuery(partner), AgreementList.class);
    }

    /** The terms of an agreement, as in the contract. */
    public record AgreementBody(String partner, Set<String> eventTypes, Set<CaseCategory> categories, Set<String> districts,
                                IdentifierPolicy identifiers, Instant validFrom, Instant validUntil, String reason) {

        AgreementTerms terms() {
            // Without validFrom the agreement covers the agreed categories' whole history (a partner may replay from
            // position 0); with it, nothing from before that instant is shown.
            return new AgreementTerms(eventTypes, categories, districts, identifiers, validFrom, validUntil);
        }
    }

    /** A reason. */
    public record ReasonBody(String reason) {
    }

    @PostMapping
    @Operation(summary = "Create a data-sharing agreement with a partner")
    public Mono<ResponseEntity<Object>> create(@AuthenticationPrincipal Jwt jwt, @RequestBody AgreementBody body,
                                               ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return commands.idempotent(exchange, caller, body, () -> {
            var stamp = commands.stamp(exchange, caller);
            AgreementId id = new AgreementId("A" + UUID.nameUUIDFromBytes(stamp.commandId().value().getBytes()));
            return reserved.requirePartnerNotAnAgency(body.partner())
                    .then(commands.send(exchange, new CreateAgreementCommand(id, body.partner(), body.terms(), stamp)))
                    .then(commands.awaitProjections())
                    .thenReturn(ResponseEntity.created(URI.create("/api/v1/agreements/" + id))
                            .body((Object) Map.of("agreementId", id.value())));
        });
    }

    @PutMapping("/{agreementId}")
    @Operation(summary = "Replace an agreement's terms, with the reason")
    public Mono<ResponseEntity<Object>> amend(@AuthenticationPrincipal Jwt jwt, @PathVariable String agreementId,
                                              @RequestBody AgreementBody body, ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return change(caller, body, exchange, stamp -> new AmendAgreementCommand(new AgreementId(agreementId),
                body.terms(), body.reason(), stamp));
    }

    @PostMapping("/{agreementId}/revoke")
    @Operation(summary = "End an agreement at once, with the reason")
    public Mono<ResponseEntity<Object>> revoke(@AuthenticationPrincipal Jwt jwt, @PathVariable String agreementId,
                                               @RequestBody ReasonBody body, ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return change(caller, body, exchange, stamp -> new RevokeAgreementCommand(new AgreementId(agreementId),
                body.reason(), stamp));
    }

    /**
     * A change to an agreement, once per {@code Idempotency-Key} like every command of the API (a repeat answers as
     * the first time; the same key with another body is refused), answered once every projection has it.
     */
    private Mono<ResponseEntity<Object>> change(Caller caller, Object body, ServerWebExchange exchange,
                                                Function<Stamp, AgreementCommand> command) {
        return commands.idempotent(exchange, caller, body, () -> commands.send(exchange,
                        command.apply(commands.stamp(exchange, caller)))
                .then(commands.awaitProjections()).thenReturn(ResponseEntity.noContent().build()));
    }
}
