package org.setu.api.recruitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.recruitment.*;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Licensed recruiting agencies: their entry, monthly deployments and sanctions (the secretariat), appeals (the
 * agency's representative), and their records, which any signed-in caller reads (no complainant appears in them).
 */
@RestController
@RequestMapping("/api/v1/recruiting-agencies")
@Tag(name = "Recruitment")
@SecurityRequirement(name = "bearer")
public class RecruitingAgencyController {

    private final ApiCommands commands;
    private final ApiQueries queries;
    private final ComplaintAccess access;

    public RecruitingAgencyController(ApiCommands commands, ApiQueries queries, ComplaintAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    /** An agency's record with its licence status as it stands now. */
    public record AgencyRecord(String licence, String name, String district, LicenceStatus status, long complaints,
                               Object sanctions, Object deployments, List<RecruitingAgencyView.SubAgent> subAgents) {
        static AgencyRecord of(RecruitingAgencyView v, Instant now) {
            return new AgencyRecord(v.licence().value(), v.name(), v.district(), v.status(now), v.complaints(),
                    v.sanctions(), v.deployments(), v.subAgents());
        }
    }

    @PostMapping
    @Operation(summary = "Enter a licensed recruiting agency (SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> enter(@AuthenticationPrincipal Jwt jwt,
                                              @RequestBody RecruitmentRequests.RecruitingAgencyBody body,
                                              ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        Licence licence = new Licence(Checks.required(body.licence(), "licence"));
        return send(caller, exchange, body, licence, s -> new LicenceRecruitingAgencyCommand(licence, body.name(),
                body.district(), s), v -> ResponseEntity.created(URI.create("/api/v1/recruiting-agencies/" + licence))
                .eTag(ApiCommands.etag(v)).body(Map.of("licence", licence.value())));
    }

    @GetMapping
    @Operation(summary = "Every recruiting agency entered, with its licence status, sanctions and complaint count")
    public Mono<List<AgencyRecord>> list(@AuthenticationPrincipal Jwt jwt) {
        Caller.of(jwt);
        Instant now = Instant.now();
        return queries.ask(new FindRecruitingAgenciesQuery(), RecruitingAgencyList.class)
                .map(l -> l.items().stream().map(v -> AgencyRecord.of(v, now)).toList());
    }

    @GetMapping("/{licence}")
    @Operation(summary = "One recruiting agency's record")
    public Mono<AgencyRecord> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence) {
        Caller.of(jwt);
        Licence id = new Licence(licence);
        return queries.ask(new FindRecruitingAgencyQuery(id), RecruitingAgencyView.class)
                .switchIfEmpty(Mono.error(new UnknownResourceException(ErrorCode.RECRUITING_AGENCY_NOT_FOUND,
                        "No recruiting agency under licence " + id)))
                .map(v -> AgencyRecord.of(v, Instant.now()));
    }

    @PutMapping("/{licence}/deployments/{month}")
    @Operation(summary = "Record the workers (and women) sent abroad in a month, from the licensing authority (SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> deployments(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence,
                                                    @PathVariable String month,
                                                    @RequestBody RecruitmentRequests.DeploymentsBody body,
                                                    ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        Licence id = new Licence(licence);
        YearMonth ym = month(month);
        int workers = Checks.required(body.workers(), "workers");
        int women = Checks.required(body.women(), "women");
        return send(caller, exchange, body, id, s -> new RecordDeploymentsCommand(id, ym, workers, women, s),
                RecruitingAgencyController::noContent);
    }

    @PostMapping("/{licence}/sub-agents")
    @Operation(summary = "Register a sub-agent of this agency from the licensing authority's register (SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> subAgent(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence,
                                                 @RequestBody RecruitmentRequests.SubAgentBody body,
                                                 ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        Licence id = new Licence(licence);
        return send(caller, exchange, body, id, s -> new RegisterSubAgentCommand(id, body.registration(), body.name(),
                body.district(), s), v -> ResponseEntity.status(201).eTag(ApiCommands.etag(v))
                .body(Map.of("registration", body.registration())));
    }

    @PostMapping("/{licence}/sanctions")
    @Operation(summary = "Impose a sanction citing complaints against this agency (SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> sanction(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence,
                                                 @RequestBody RecruitmentRequests.SanctionBody body,
                                                 ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        Licence id = new Licence(licence);
        Set<ComplaintId> cited = body.complaintIds() == null ? Set.of()
                : body.complaintIds().stream().map(ComplaintId::new).collect(Collectors.toSet());
        SanctionKind kind = Checks.required(body.kind(), "kind");
        return commands.idempotent(exchange, caller, body, () -> {
            Stamp stamp = commands.stamp(exchange, caller);
            // Derived from the command id, so that a retry under the same Idempotency-Key names the same sanction.
            SanctionId sanctionId = new SanctionId("S" + UUID.nameUUIDFromBytes(
                    stamp.commandId().value().getBytes(StandardCharsets.UTF_8)));
            return commands.send(exchange, new ImposeSanctionCommand(id, sanctionId, kind, body.reason(),
                            body.amountBdt(), body.suspensionDays(), cited, stamp))
                    .then(access.caughtUp(id.value()))
                    .map(v -> ResponseEntity.status(201).eTag(ApiCommands.etag(v))
                            .body((Object) Map.of("sanctionId", sanctionId.value())));
        });
    }

    @PostMapping("/{licence}/sanctions/{sanctionId}/appeal")
    @Operation(summary = "Appeal a sanction within 30 days (the agency's RECRUITER_REPRESENTATIVE, or SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> appeal(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence,
                                               @PathVariable String sanctionId,
                                               @RequestBody RecruitmentRequests.AppealBody body, ServerWebExchange exchange) {
        Licence id = new Licence(licence);
        return send(Caller.of(jwt), exchange, body, id, s -> new AppealSanctionCommand(id, new SanctionId(sanctionId),
                body.grounds(), s), RecruitingAgencyController::noContent);
    }

    @PostMapping("/{licence}/sanctions/{sanctionId}/decision")
    @Operation(summary = "Decide an appeal: UPHELD or OVERTURNED (SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> decide(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence,
                                               @PathVariable String sanctionId,
                                               @RequestBody RecruitmentRequests.AppealDecisionBody body,
                                               ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        Licence id = new Licence(licence);
        AppealOutcome outcome = Checks.required(body.outcome(), "outcome");
        return send(caller, exchange, body, id, s -> new DecideAppealCommand(id, new SanctionId(sanctionId), outcome,
                body.reason(), s), RecruitingAgencyController::noContent);
    }

    private Mono<ResponseEntity<Object>> send(Caller caller, ServerWebExchange exchange, Object body, Licence licence,
                                              Function<Stamp, RecruitingAgencyCommand> build,
                                              Function<Long, ResponseEntity<Object>> respond) {
        return commands.idempotent(exchange, caller, body, () -> Mono.defer(() ->
                commands.send(exchange, build.apply(commands.stamp(exchange, caller))))
                .then(access.caughtUp(licence.value())).map(respond));
    }

    private static ResponseEntity<Object> noContent(long version) {
        return ResponseEntity.noContent().header(HttpHeaders.ETAG, ApiCommands.etag(version)).build();
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "month", "month must be like 2026-03");
        }
    }
}
