package org.setu.api.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.Paging;
import org.setu.api.security.Caller;
import org.setu.api.privacy.PersonalData;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.query.FindCaseloadQuery;
import org.setu.kernel.query.CaseloadPage;
import org.setu.kernel.referral.*;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setu.kernel.privacy.Sealed;

/** Referral cases: open, read, consent, notes, lead transfer, close, reopen. Referral actions: {@link ReferralActionsController}. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
public class CaseController {

    private final ApiCommands commands;
    private final CaseAccess access;
    private final ApiQueries queries;
    private final PersonalDataVault vault;

    public CaseController(ApiCommands commands, CaseAccess access, ApiQueries queries, PersonalDataVault vault) {
        this.commands = commands;
        this.access = access;
        this.queries = queries;
        this.vault = vault;
    }

    @PostMapping
    @Operation(summary = "Open a case led by the caller's agency (CASEWORKER)")
    public Mono<ResponseEntity<Object>> open(@AuthenticationPrincipal Jwt jwt, @RequestBody CaseRequests.OpenCase body,
                                             ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.CASEWORKER);
        return commands.idempotent(exchange, caller, body, () -> {
            Stamp stamp = commands.stamp(exchange, caller);
            // Checked as a whole when the body was read (CheckedBody); these build what the checks passed.
            SubjectData subject = body.subjectData();
            CaseFacts facts = body.facts();
            Consent consent = body.consentGiven();
            // The subject's key exists and the plaintext is sealed before the command exists: nothing downstream sees
            // it. A retry under the same Idempotency-Key must reach the same case, so its id is derived; otherwise the
            // id comes with a key made ahead of time.
            boolean derived = ApiCommands.hasIdempotencyKey(exchange);
            return Mono.fromCallable(() -> {
                        if (derived) {
                            CaseId id = new CaseId("C" + UUID.nameUUIDFromBytes(stamp.commandId().value().getBytes()));
                            return new PersonalDataVault.NewSubject(id, vault.create(id));
                        }
                        return vault.newSubject();
                    })
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(fresh -> commands.send(exchange, new OpenCaseCommand(fresh.caseId(), facts,
                            PersonalData.seal(fresh.key(), subject), consent, stamp))
                            .then(commands.caughtUp(fresh.caseId())).map(version -> created(fresh.caseId(), version)));
        });
    }

    private static ResponseEntity<Object> created(CaseId caseId, long version) {
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId)).eTag(ApiCommands.etag(version))
                .body(Map.of("caseId", caseId.value()));
    }

    @GetMapping
    @Operation(summary = "The caller agency's caseload: cases it leads or has an active referral on")
    public Mono<CaseloadPage> caseload(@AuthenticationPrincipal Jwt jwt,
                                                @RequestParam(required = false) CaseStatus status,
                                                @RequestParam(required = false) CaseCategory category,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size) {
        Caller caller = Caller.of(jwt);
        var query = new FindCaseloadQuery(caller.agency(), status, category, Paging.page(page), Paging.size(size));
        return queries.ask(query, CaseloadPage.class);
    }

    @PostMapping("/{caseId}/consent")
    @Operation(summary = "Record the subject's consent, replacing the previous record (lead agency)")
    public Mono<ResponseEntity<Object>> consent(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                @RequestBody CaseRequests.ConsentBody body, ServerWebExchange exchange) {
        return act(jwt, caseId, body, exchange, s -> new RecordConsentCommand(new CaseId(caseId), consent(body), s));
    }

    @PostMapping("/{caseId}/consent/withdraw")
    @Operation(summary = "Record that the subject withdrew consent (lead agency)")
    public Mono<ResponseEntity<Object>> withdrawConsent(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                        @RequestBody CaseRequests.Reason body, ServerWebExchange exchange) {
        return act(jwt, caseId, body, exchange, s -> new WithdrawConsentCommand(new CaseId(caseId), reason(caseId, body.reason()), s));
    }

    @PostMapping("/{caseId}/consent/overrides")
    @Operation(summary = "Allow referrals to one agency outside the consent, with a reason (lead FOCAL_POINT)")
    public Mono<ResponseEntity<Object>> overrideConsent(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                        @RequestBody CaseRequests.ConsentOverride body,
                                                        ServerWebExchange exchange) {
        return act(jwt, caseId, body, exchange, s -> new OverrideConsentCommand(new CaseId(caseId),
                agency(body.agency(), "agency"), reason(caseId, body.reason()), s));
    }

    @PostMapping("/{caseId}/notes")
    @Operation(summary = "Add a note for the lead agency only or for every agency on the case")
    public Mono<ResponseEntity<Object>> note(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                             @RequestBody CaseRequests.Note body, ServerWebExchange exchange) {
        NoteId noteId = new NoteId("N" + UUID.randomUUID());
        String text = Checks.text(body.text(), "text", Limits.NOTE);
        return act(jwt, caseId, body, exchange, s -> new AddNoteCommand(new CaseId(caseId), noteId, body.visibility(),
                seal(new CaseId(caseId), PersonalData.note(noteId), text), s), version -> ResponseEntity.status(HttpStatus.CREATED).eTag(ApiCommands.etag(version))
                .body(Map.of("noteId", noteId.value())));
    }

    @PostMapping("/{caseId}/lead-transfer")
    @Operation(summary = "Offer the lead role to another agency (lead FOCAL_POINT)")
    public Mono<ResponseEntity<Object>> offerLead(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                  @RequestBody CaseRequests.LeadTransfer body, ServerWebExchange exchange) {
        return act(jwt, caseId, body, exchange, s -> new RequestLeadTransferCommand(new CaseId(caseId),
                agency(body.toAgency(), "toAgency"), reason(caseId, body.reason()), s));
    }

    @PostMapping("/{caseId}/lead-transfer/accept")
    @Operation(summary = "Take the lead offered to the caller's agency (its FOCAL_POINT)")
    public Mono<ResponseEntity<Object>> acceptLead(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                   @RequestBody(required = false) CaseRequests.Empty body,
                                                   ServerWebExchange exchange) {
        return offered(jwt, caseId, body, exchange, s -> new AcceptLeadTransferCommand(new CaseId(caseId), s));
    }

    @PostMapping("/{caseId}/lead-transfer/decline")
    @Operation(summary = "Decline the lead offered to the caller's agency (its FOCAL_POINT)")
    public Mono<ResponseEntity<Object>> declineLead(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                    @RequestBody CaseRequests.Reason body, ServerWebExchange exchange) {
        return offered(jwt, caseId, body, exchange, s -> new DeclineLeadTransferCommand(new CaseId(caseId), reason(caseId, body.reason()), s));
    }

    @PostMapping("/{caseId}/close")
    @Operation(summary = "Close the case, with the reason (lead agency; no active referral)")
    public Mono<ResponseEntity<Object>> close(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                              @RequestBody CaseRequests.Reason body, ServerWebExchange exchange) {
        return act(jwt, caseId, body, exchange, s -> new CloseCaseCommand(new CaseId(caseId), reason(caseId, body.reason()), s));
    }

    @PostMapping("/{caseId}/reopen")
    @Operation(summary = "Reopen a closed case, with the reason (lead agency)")
    public Mono<ResponseEntity<Object>> reopen(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                               @RequestBody CaseRequests.Reason body, ServerWebExchange exchange) {
        return act(jwt, caseId, body, exchange, s -> new ReopenCaseCommand(new CaseId(caseId), reason(caseId, body.reason()), s));
    }

    Mono<ResponseEntity<Object>> act(Jwt jwt, String caseId, Object body, ServerWebExchange exchange,
                                     Function<Stamp, CaseCommand> build) {
        return act(jwt, caseId, body, exchange, build, CaseController::noContent);
    }

    Mono<ResponseEntity<Object>> act(Jwt jwt, String caseId, Object body, ServerWebExchange exchange,
                                     Function<Stamp, CaseCommand> build, Function<Long, ResponseEntity<Object>> respond) {
        return dispatch(jwt, caseId, body, exchange, build, respond, access::readable);
    }

    /** A referral action: the referral must be one the caller may see, else the same 404 as an unknown referral. */
    Mono<ResponseEntity<Object>> actOnReferral(Jwt jwt, String caseId, String referralId, Object body,
                                               ServerWebExchange exchange, Function<Stamp, CaseCommand> build) {
        ReferralId referral = new ReferralId(referralId);
        return dispatch(jwt, caseId, body, exchange, build, CaseController::noContent,
                (caller, id, ex) -> access.referral(caller, id, referral, ex));
    }

    /** For the agency offered the lead: it may answer the offer before it has any other access to the case. */
    private Mono<ResponseEntity<Object>> offered(Jwt jwt, String caseId, Object body, ServerWebExchange exchange,
                                                 Function<Stamp, CaseCommand> build) {
        return dispatch(jwt, caseId, body, exchange, build, CaseController::noContent, access::offeredTo);
    }

    /** How a request reaches a case: the need-to-know check it passes (or the 404 it gets). */
    @FunctionalInterface
    private interface Reach {
        Mono<?> apply(Caller caller, CaseId caseId, ServerWebExchange exchange);
    }

    /** Need-to-know check, then the command, then read-your-writes; all of it once per Idempotency-Key. */
    private Mono<ResponseEntity<Object>> dispatch(Jwt jwt, String caseId, Object body, ServerWebExchange exchange,
                                                  Function<Stamp, CaseCommand> build,
                                                  Function<Long, ResponseEntity<Object>> respond, Reach reach) {
        Caller caller = Caller.of(jwt);
        CaseId id = new CaseId(caseId);
        return commands.idempotent(exchange, caller, body == null ? Map.of() : body, () -> reach.apply(caller, id, exchange)
                .flatMap(view -> commands.send(exchange, build.apply(commands.stamp(exchange, caller))))
                .then(commands.caughtUp(id)).map(respond));
    }

    /** A reason: checked, then sealed like any free text about the case (it may well name the person). */
    Sealed reason(String caseId, String text) {
        return seal(new CaseId(caseId), PersonalData.REASON, Checks.text(text, "reason", Limits.REASON));
    }

    Sealed outcome(String caseId, String text) {
        return seal(new CaseId(caseId), PersonalData.REASON, Checks.text(text, "outcome", Limits.OUTCOME));
    }

    /** Seals a value for the case's subject (blocking: called where commands are built, off the event loop). */
    Sealed seal(CaseId caseId, String purpose, String plaintext) {
        return vault.sealingKey(caseId).seal(purpose, plaintext);
    }

    static ResponseEntity<Object> noContent(long version) {
        return ResponseEntity.noContent().header(HttpHeaders.ETAG, ApiCommands.etag(version)).build();
    }

    static Consent consent(CaseRequests.ConsentBody body) {
        return body == null ? Consent.NONE : body.toConsent();
    }

    static AgencyId agency(String value, String field) {
        Checks.required(value, field);
        return new AgencyId(value);
    }
}
