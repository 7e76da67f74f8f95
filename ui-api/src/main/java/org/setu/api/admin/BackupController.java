package org.setu.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.admin.BackupStatus;
import org.setu.kernel.admin.FindBackupQuery;
import org.setu.kernel.admin.StartBackupCommand;
import org.setu.kernel.common.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.Map;

/** Online backups of the embedded store while Setu serves, with progress (SECRETARIAT_ADMIN). */
@RestController
@RequestMapping("/api/v1/admin/backups")
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
public class BackupController {

    private final ApiQueries queries;
    private final CommandGateway commands;
    private final ApiCommands api;

    public BackupController(ApiQueries queries, CommandGateway commands, ApiCommands api) {
        this.queries = queries;
        this.commands = commands;
        this.api = api;
    }

    @PostMapping
    @Operation(summary = "Start an online backup of the embedded store into the backup directory; Setu keeps serving")
    public Mono<ResponseEntity<Object>> start(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        // A repeat under the same Idempotency-Key answers the first 202 (the same backup) instead of a second copy.
        return api.idempotent(exchange, caller, Map.of(), () -> Mono.<BackupStatus>fromFuture(
                        () -> commands.send(new StartBackupCommand(api.stamp(exchange, caller))))
                .subscribeOn(Schedulers.boundedElastic())
                .map(status -> ResponseEntity.accepted()
                        .location(URI.create("/api/v1/admin/backups/" + status.backupId())).body(status)));
    }

    @GetMapping("/{backupId}")
    @Operation(summary = "Progress of a backup: bytes of the store copied of its size, then DONE or FAILED")
    public Mono<BackupStatus> status(@AuthenticationPrincipal Jwt jwt, @PathVariable String backupId) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return queries.ask(new FindBackupQuery(backupId), BackupStatus.class);
    }
}
