package org.setu.api.recruitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.common.AsOf;
import org.setu.api.common.Paging;
import org.setu.api.privacy.PersonalData;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.api.referral.CaseAccess;
import org.setu.api.security.Caller;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.SubjectData;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuples;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Complaints against recruiting agencies: file, list, read. The lifecycle: {@link ComplaintActionsController}. */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Recruitment")
@SecurityRequirement(name = "bearer")
public class ComplaintController {

    private final ApiCommands commands;
    private final ApiQueries queries;
    private final ComplaintAccess access;
    private final PersonalDataVault vault;

    private final CaseAccess cases;

    public ComplaintController(ApiCommands commands, ApiQueries queries, ComplaintAccess access, PersonalDataVault vault,
                               CaseAccess cases) {
        this.cases = cases;
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.vault = vault;
    }

    @PostMapping
    @Operation(summary = "File a complaint received by the caller's agency (CASEWORKER or FOCAL_POINT); with caseId, "
            + "linked at once to that referral case of the same person")
    public Mono<ResponseEntity<Object>> file(@AuthenticationPrincipal Jwt jwt,
                                             @RequestBody RecruitmentRequests.FileComplaint body,
                                             ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.CASE_STAFF);
        return commands.idempotent(exchange, caller, body, () -> {
            Stamp stamp = commands.stamp(exchange, caller);
            ComplaintFacts facts = body.facts();
            SubjectData complainant = body.complainantData();
            ComplaintConsent consent = body.consentGiven();
            // As for a case's subject: the key exists and the plaintext is sealed before the command does. A retry
            // under the same Idempotency-Key reaches the same complaint, so its id is derived from the command id.
            ComplaintId id = new ComplaintId("K" + (ApiCommands.hasIdempotencyKey(exchange)
                    ? UUID.nameUUIDFromBytes(stamp.commandId().value().getBytes(StandardCharsets.UTF_8))
                    : UUID.randomUUID()));
            CaseId caseId = body.caseId() == null ? null : new CaseId(body.caseId());
            return LinkedCase.check(cases, caller, caseId, exchange)
                    .then(Mono.fromCallable(() -> PersonalData.seal(vault.create(id.subjectKey()), complainant)))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(sealed -> commands.send(exchange, new FileComplaintCommand(id, facts, sealed, consent, stamp))
                            .then(caseId == null ? Mono.empty() : commands.send(exchange,
                                    new LinkComplaintToCaseCommand(id, caseId, LinkedCase.stampAfter(stamp))))
                            .then(access.caughtUp(id.value())))
                    .map(version -> ResponseEntity.created(URI.create("/api/v1/complaints/" + id))
                            .eTag(ApiCommands.etag(version)).body(Map.of("complaintId", id.value())));
        });
    }

    @GetMapping
    @Operation(summary = "The complaints the caller may see (received or shared; all for the secretariat; against "
            + "their own licence for a recruiter's representative), newest first; overdue=true: only those that missed "
            + "a deadline (registration, first hearing) and have not met it")
    public Mono<ComplaintDetail.Page> list(@AuthenticationPrincipal Jwt jwt,
                                           @RequestParam(required = false) ComplaintStatus status,
                                           @RequestParam(required = false) Boolean overdue,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        Caller caller = Caller.of(jwt);
        return queries.ask(new FindComplaintsQuery(caller.actor(), status, Boolean.TRUE.equals(overdue),
                        Paging.page(page), Paging.size(size)),
                        ComplaintPage.class)
                .map(p -> new ComplaintDetail.Page(p.items().stream().map(ComplaintRenderer::summary).toList(),
                        p.page(), p.size(), p.total()));
    }

    @GetMapping("/{complaintId}")
    @Operation(summary = "The complaint as the caller may see it (404 without need-to-know); with asOf, as it stood then")
    public Mono<ResponseEntity<ComplaintDetail>> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                                     @RequestParam(required = false) String asOf,
                                                     ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt);
        ComplaintId id = new ComplaintId(complaintId);
        // Time travel needs need-to-know now and then, as a case's does: the past never opens a complaint wider.
        Mono<ComplaintView> view = asOf == null ? access.readable(caller, id, exchange)
                : access.readable(caller, id, exchange).flatMap(now -> queries.ask(
                                new FindComplaintAsOfQuery(id, AsOf.instant(asOf)), ComplaintView.class)
                        .filter(past -> past.sightOf(caller.actor()).any()))
                        .switchIfEmpty(Mono.error(new UnknownResourceException(ErrorCode.COMPLAINT_NOT_FOUND,
                                "No complaint " + id + " as of " + asOf)));
        return view.flatMap(v -> queries.ask(new FindRecruitingAgencyQuery(v.respondent()), RecruitingAgencyView.class)
                .map(RecruitingAgencyView::subAgents).defaultIfEmpty(List.of()).map(register -> Tuples.of(v, register)))
                .publishOn(Schedulers.boundedElastic()).flatMap(t -> {
            ComplaintView v = t.getT1();
            ComplaintDetail detail = ComplaintRenderer.render(v, v.sightOf(caller.actor()),
                    vault.lazyKey(v.complaintId().subjectKey()), t.getT2());
            var shown = ResponseEntity.ok().eTag(ApiCommands.etag(v.version())).body(detail);
            // Who was shown a complainant is in the trail, as for a case's subject.
            return detail.complainant() != null
                    ? commands.recordComplainantView(id, commands.stamp(exchange, caller)).thenReturn(shown)
                    : Mono.just(shown);
        });
    }
}
