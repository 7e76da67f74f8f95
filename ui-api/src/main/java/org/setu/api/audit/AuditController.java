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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.setu.api.common.WebJson;
import org.setu.api.privacy.PersonalData;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.kernel.audit.AuditCheckpointView;
import org.setu.kernel.audit.AuditEntry;
import org.setu.kernel.audit.AuditRange;
import org.setu.kernel.audit.FindAuditCheckpointQuery;
import org.setu.kernel.audit.FindAuditRangeQuery;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.CaseId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

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
    private final ObjectMapper json;

    private final PersonalDataVault vault;

    public AuditController(ApiQueries queries, WebJson json,
                           PersonalDataVault vault) {
        this.queries = queries;
        this.json = json.mapper();
        this.vault = vault;
    }

    @GetMapping("/checkpoint")
    @Operation(summary = "The latest signed checkpoint (entries, head hash, Ed25519 signature) and the public key")
    public Mono<AuditCheckpointView> checkpoint(@AuthenticationPrincipal Jwt jwt) {
        Caller.of(jwt).require(Role.SECRETARIAT);
        return queries.ask(new FindAuditCheckpointQuery(), AuditCheckpointView.class);
    }

    @GetMapping(path = "/export", produces = {"application/x-ndjson", "text/csv"})
    @Operation(summary = "The whole chain in order, streamed: JSON Lines (for the offline verifier) or CSV")
    public ResponseEntity<Flux<String>> export(
            @AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "jsonl") String format) {
        Caller.of(jwt).require(Role.SECRETARIAT_REVIEWER);
        boolean csv = "csv".equals(format);
        if (!csv && !"jsonl".equals(format)) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "format", "format must be jsonl or csv");
        }
        Flux<String> lines = batch(1)
                .expand(run -> run.entries().size() < EXPORT_BATCH ? Mono.empty()
                        : batch(run.entries().get(run.entries().size() - 1).seq() + 1))
                .concatMapIterable(AuditRange::entries)
                .map(entry -> csv ? AuditCsv.line(entry) : jsonLine(entry));
        if (csv) {
            lines = Flux.just(AuditCsv.HEADER + "\n").concatWith(lines);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(csv ? "text/csv" : "application/x-ndjson"))
                .body(lines);
    }

    private Mono<AuditRange> batch(long from) {
        return queries.ask(new FindAuditRangeQuery(from, EXPORT_BATCH), AuditRange.class);
    }

    private String jsonLine(AuditEntry entry) {
        try {
            return json.writeValueAsString(entry) + "\n";
        } catch (JsonProcessingException e) {
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
                .publishOn(Schedulers.boundedElastic()).map(this::opened);
    }

    /**
     * Free-text reasons about a case are chained in their sealed form; the list shows them opened (or
     * {@code [erased]}). The export keeps the chained form, so the offline verifier can recompute every hash.
     */
    private AuditPage opened(AuditPage page) {
        Map<String, PersonalDataVault.SubjectKey> keys = new HashMap<>();
        var items = page.items().stream().map(e -> e.caseId() == null || e.reason() == null
                || !e.reason().startsWith(Sealed.PREFIX) ? e
                : new AuditEntry(e.seq(), e.at(), e.actor(), e.agency(), e.roles(), e.action(),
                e.caseId(), e.referralId(), e.outcome(), e.errorCode(),
                PersonalData.openRecorded(keys.computeIfAbsent(e.caseId(),
                        id -> vault.key(new CaseId(id))), e.reason()),
                e.eventId(), e.previousHash(), e.hash())).toList();
        return new AuditPage(items, page.page(), page.size(), page.total());
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain; names the first entry that does not verify")
    public Mono<AuditVerification> verify(@AuthenticationPrincipal Jwt jwt) {
        Caller.of(jwt).require(Role.SECRETARIAT);
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
