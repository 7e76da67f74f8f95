package org.setu.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.common.Paging;
import org.setu.api.security.Caller;
import org.setu.kernel.audit.AuditPage;
import org.setu.kernel.audit.AuditVerification;
import org.setu.kernel.audit.FindAuditEntriesQuery;
import org.setu.kernel.audit.VerifyAuditChainQuery;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The audit trail: the secretariat's reviewers read every entry; agency staff read the entries of their own agency's
 * staff, nothing else; partners read none.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
public class AuditController {

    private static final int EXPORT_BATCH = 500;
    private final ApiQueries queries;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    private final org.setu.api.privacy.PersonalDataVault vault;

    public AuditController(ApiQueries queries, org.setu.api.common.WebJson json,
                           org.setu.api.privacy.PersonalDataVault vault) {
        this.queries = queries;
        this.json = json.mapper();
        this.vault = vault;
    }

    @GetMapping("/checkpoint")
    @Operation(summary = "The latest signed checkpoint (entries, head hash, Ed25519 signature) and the public key")
    public Mono<org.setu.kernel.audit.AuditCheckpointView> checkpoint(@AuthenticationPrincipal Jwt jwt) {
        Caller.of(jwt).require(Role.SECRETARIAT_REVIEWER, Role.SECRETARIAT_ADMIN);
        return queries.ask(new org.setu.kernel.audit.FindAuditCheckpointQuery(), org.setu.kernel.audit.AuditCheckpointView.class);
    }

    @GetMapping(path = "/export", produces = {"application/x-ndjson", "text/csv"})
    @Operation(summary = "The whole chain in order, streamed: JSON Lines (for the offline verifier) or CSV")
    public org.springframework.http.ResponseEntity<reactor.core.publisher.Flux<String>> export(
            @AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "jsonl") String format) {
        Caller.of(jwt).require(Role.SECRETARIAT_REVIEWER);
        boolean csv = "csv".equals(format);
        if (!csv && !"jsonl".equals(format)) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "format", "format must be jsonl or csv");
        }
        reactor.core.publisher.Flux<String> lines = batch(1)
                .expand(run -> run.entries().size() < EXPORT_BATCH ? Mono.empty()
                        : batch(run.entries().get(run.entries().size() - 1).seq() + 1))
                .concatMapIterable(org.setu.kernel.audit.AuditRange::entries)
                .map(entry -> csv ? AuditCsv.line(entry) : jsonLine(entry));
        if (csv) {
            lines = reactor.core.publisher.Flux.just(AuditCsv.HEADER + "\n").concatWith(lines);
        }
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(csv ? "text/csv" : "application/x-ndjson"))
                .body(lines);
    }

    private Mono<org.setu.kernel.audit.AuditRange> batch(long from) {
        return queries.ask(new org.setu.kernel.audit.FindAuditRangeQuery(from, EXPORT_BATCH), org.setu.kernel.audit.AuditRange.class);
    }

    private String jsonLine(org.setu.kernel.audit.AuditEntry entry) {
        try {
            return json.writeValueAsString(entry) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first: who did what, when, why, with what outcome")
    public Mono<AuditPage> entries(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String caseId,
                                   @RequestParam(required = false) String agency,
                                   @RequestParam(required = false) String actor,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_REVIEWER, Role.CASEWORKER, Role.FOCAL_POINT, Role.AGENCY_ADMIN);
        String scope = caller.has(Role.SECRETARIAT_REVIEWER) ? agency : caller.agency().value();
        return queries.ask(new FindAuditEntriesQuery(caseId, scope, actor, type, instant(from, "from"), instant(to, "to"),
                Paging.page(page), Paging.size(size)), AuditPage.class)
                .publishOn(reactor.core.scheduler.Schedulers.boundedElastic()).map(this::opened);
    }

    /**
     * Free-text reasons about a case are chained in their sealed form; the list shows them opened (or
     * {@code [erased]}). The export keeps the chained form, so the offline verifier can recompute every hash.
     */
    private AuditPage opened(AuditPage page) {
        java.util.Map<String, org.setu.api.privacy.PersonalDataVault.SubjectKey> keys = new java.util.HashMap<>();
        var items = page.items().stream().map(e -> e.caseId() == null || e.reason() == null
                || !e.reason().startsWith(org.setu.kernel.privacy.Sealed.PREFIX) ? e
                : new org.setu.kernel.audit.AuditEntry(e.seq(), e.at(), e.actor(), e.agency(), e.roles(), e.action(),
                e.caseId(), e.referralId(), e.outcome(), e.errorCode(),
                org.setu.api.privacy.PersonalData.openRecorded(keys.computeIfAbsent(e.caseId(),
                        id -> vault.key(new org.setu.kernel.referral.CaseId(id))), e.reason()),
                e.eventId(), e.previousHash(), e.hash())).toList();
        return new AuditPage(items, page.page(), page.size(), page.total());
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain; names the first entry that does not verify")
    public Mono<AuditVerification> verify(@AuthenticationPrincipal Jwt jwt) {
        Caller.of(jwt).require(Role.SECRETARIAT_REVIEWER, Role.SECRETARIAT_ADMIN);
        return queries.ask(new VerifyAuditChainQuery(), AuditVerification.class);
    }

    private static Instant instant(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, field + " must be an ISO-8601 instant");
        }
    }
}
