package org.setu.api.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.audit.AuditPage;
import org.setu.kernel.audit.FindAuditEntriesQuery;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.BreakGlassCommand;
import org.setu.kernel.privacy.EraseSubjectCommand;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.privacy.GrantId;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.referral.CaseId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;

/**
 * The secretariat's privacy actions on a case: erasing the subject (crypto-shredding) and break-glass access, and the
 * list of break-glass grants and their uses that the lead agency sees.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}")
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
public class SubjectPrivacyController {

    private final ApiCommands commands;
    private final CaseAccess access;
    private final ApiQueries queries;

    public SubjectPrivacyController(ApiCommands commands, CaseAccess access, ApiQueries queries) {
        this.commands = commands;
        this.access = access;
        this.queries = queries;
    }

    @PostMapping("/erase-subject")
    @Operation(summary = "Erase the subject's personal data by destroying their key (SECRETARIAT_ADMIN, with a reason)")
    public Mono<ResponseEntity<Object>> erase(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                              @RequestBody CaseRequests.Reason body, ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        CaseId id = new CaseId(caseId);
        return commands.idempotent(exchange, caller, body, () -> access.existing(id)
                .flatMap(v -> commands.send(exchange, new EraseSubjectCommand(id, ErasureBasis.REQUEST, body.reason(),
                        commands.stamp(exchange, caller))))
                .then(commands.caughtUp(id)).map(CaseController::noContent));
    }

    @PostMapping("/break-glass")
    @Operation(summary = "Open this case's personal data to the calling reviewer for a limited time, with a reason "
            + "(SECRETARIAT_REVIEWER; audited, shown to the lead agency)")
    public Mono<ResponseEntity<Object>> breakGlass(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                   @RequestBody CaseRequests.BreakGlass body, ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_REVIEWER);
        CaseId id = new CaseId(caseId);
        return commands.idempotent(exchange, caller, body, () -> {
            Stamp stamp = commands.stamp(exchange, caller);
            GrantId grant = new GrantId("G" + UUID.nameUUIDFromBytes(stamp.commandId().value().getBytes()));
            var command = new BreakGlassCommand(id, grant, body.reason(), body.duration(), stamp);
            Instant expiresAt = stamp.at().plus(command.duration());
            return access.existing(id).flatMap(v -> commands.send(exchange, command))
                    .then(commands.caughtUp(id))
                    .map(version -> ResponseEntity.status(HttpStatus.CREATED).eTag(ApiCommands.etag(version))
                            .body((Object) Map.of("grantId", grant.value(), "expiresAt", expiresAt.toString())));
        });
    }

    @GetMapping("/break-glass")
    @Operation(summary = "Break-glass grants on the case and every use of them (lead agency; secretariat)")
    public Mono<BreakGlassReport> grants(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                         ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt);
        CaseId id = new CaseId(caseId);
        Mono<CaseView> view = caller.has(Role.SECRETARIAT) ? access.existing(id)
                : access.readable(caller, id, exchange).filter(v -> v.leadAgency().equals(caller.agency()))
                .switchIfEmpty(Mono.error(new ForbiddenActionException(
                        ErrorCode.NOT_LEAD_AGENCY, "Break-glass grants are shown to the lead agency")));
        Instant now = Instant.now();
        return view.zipWith(queries.ask(new FindAuditEntriesQuery(id.value(), null, null, "CaseViewed", null, null, 0, 100),
                        AuditPage.class))
                .map(t -> new BreakGlassReport(t.getT1().breakGlass().stream().map(g -> new CaseDetail.BreakGlass(
                        g.grantId().value(), g.reviewer().value(), g.reason(), g.grantedAt(), g.expiresAt(),
                        now.isBefore(g.expiresAt()))).toList(),
                        t.getT2().items().stream().filter(e -> e.reason() != null && e.reason().startsWith("break-glass"))
                                .map(e -> new Use(e.at(), e.actor(), e.reason().substring("break-glass ".length())))
                                .toList()));
    }

    /** The grants, and each time one was used to read the case (from the audit trail). */
    public record BreakGlassReport(List<CaseDetail.BreakGlass> grants, List<Use> uses) {
    }

    public record Use(Instant at, String reviewer, String grantId) {
    }

}
