package org.setu.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;

/** Rebuilding a projection from the event log, with progress (SECRETARIAT_ADMIN). */
@RestController
@RequestMapping("/api/v1/admin/projections/{processingGroup}/rebuild")
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
public class RebuildController {

    private final ApiQueries queries;
    private final CommandGateway commands;

    public RebuildController(ApiQueries queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Replay a projection from the beginning into a new generation; the old one serves meanwhile")
    public Mono<ResponseEntity<RebuildStatus>> start(@AuthenticationPrincipal Jwt jwt, @PathVariable String processingGroup) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return Mono.<RebuildStatus>fromFuture(() -> commands.send(new RebuildProjectionCommand(processingGroup)))
                .subscribeOn(Schedulers.boundedElastic())
                .map(status -> ResponseEntity.accepted()
                        .location(URI.create("/api/v1/admin/projections/" + processingGroup + "/rebuild")).body(status));
    }

    @GetMapping
    @Operation(summary = "Progress of the projection's rebuild: events done of total, rate, ETA")
    public Mono<RebuildStatus> status(@AuthenticationPrincipal Jwt jwt, @PathVariable String processingGroup) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return queries.ask(new FindRebuildStatusQuery(processingGroup), RebuildStatus.class);
    }
}
