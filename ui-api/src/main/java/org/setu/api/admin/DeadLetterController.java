package org.setu.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.admin.DeadLetterReport;
import org.setu.kernel.admin.FindDeadLettersQuery;
import org.setu.kernel.admin.RetryDeadLettersCommand;
import org.setu.kernel.common.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

/** Dead letters of the projections, for the secretariat's administrators: see them, hand them back to the handlers. */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
public class DeadLetterController {

    private final ApiQueries queries;
    private final CommandGateway commands;
    private final ApiCommands api;

    public DeadLetterController(ApiQueries queries, CommandGateway commands, ApiCommands api) {
        this.queries = queries;
        this.commands = commands;
        this.api = api;
    }

    @GetMapping
    @Operation(summary = "Events waiting in each projection's dead-letter queue (SECRETARIAT_ADMIN)")
    public Mono<DeadLetterReport> list(@AuthenticationPrincipal Jwt jwt) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return queries.ask(new FindDeadLettersQuery(), DeadLetterReport.class);
    }

    @PostMapping("/{processingGroup}/retry")
    @Operation(summary = "Hand a projection's dead letters back to its handlers (SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> retry(@AuthenticationPrincipal Jwt jwt, @PathVariable String processingGroup,
                                              ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        // A repeat under the same Idempotency-Key answers the first count instead of retrying again.
        return api.idempotent(exchange, caller, Map.of(), () -> Mono.<Integer>fromFuture(
                        () -> commands.send(new RetryDeadLettersCommand(processingGroup, api.stamp(exchange, caller))))
                .subscribeOn(Schedulers.boundedElastic())
                .map(cleared -> ResponseEntity.ok((Object) Map.of("processingGroup", processingGroup,
                        "sequencesCleared", cleared))));
    }
}
