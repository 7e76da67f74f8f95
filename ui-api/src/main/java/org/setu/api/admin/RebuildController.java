package org.setu.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.admin.FindRebuildStatusQuery;
import org.setu.kernel.admin.RebuildProjectionCommand;
import org.setu.kernel.admin.RebuildStatus;
import org.setu.kernel.common.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.Map;

/** Rebuilding a projection from the event log, with progress (SECRETARIAT_ADMIN). */
@RestController
@RequestMapping("/api/v1/admin/projections/{processingGroup}/rebuild")
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
public class RebuildController {

    private final ApiQueries queries;
    private final CommandGateway commands;
    private final ApiCommands api;

    public RebuildController(ApiQueries queries, CommandGateway commands, ApiCommands api) {
        this.queries = queries;
        this.commands = commands;
        this.api = api;
    }

    @PostMapping
    @Operation(summary = "Replay a projection from the beginning into a new generation; the old one serves meanwhile")
    public Mono<ResponseEntity<Object>> start(@AuthenticationPrincipal Jwt jwt, @PathVariable String processingGroup,
                                              ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        // A repeat under the same Idempotency-Key answers the first 202 instead of starting the rebuild again.
        return api.idempotent(exchange, caller, Map.of(), () -> Mono.<RebuildStatus>fromFuture(
                        () -> commands.send(new RebuildProjectionCommand(processingGroup, api.stamp(exchange, caller))))
                .subscribeOn(Schedulers.boundedElastic())
                .map(status -> ResponseEntity.accepted()
                        .location(URI.create("/api/v1/admin/projections/" + processingGroup + "/rebuild")).body(status)));
    }

    @GetMapping
    @Operation(summary = "Progress of the projection's rebuild: events done of total, rate, ETA")
    public Mono<RebuildStatus> status(@AuthenticationPrincipal Jwt jwt, @PathVariable String processingGroup) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return queries.ask(new FindRebuildStatusQuery(processingGroup), RebuildStatus.class);
    }
}
