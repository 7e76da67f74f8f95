package org.setu.api.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.AsOf;
import org.setu.api.common.ApiQueries;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.api.security.Caller;
import org.setu.kernel.referral.CaseId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.Optional;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.FindCaseAsOfQuery;

/**
 * Reading one case: now or as it stood at {@code asOf}, by need-to-know or through a reviewer's break-glass grant,
 * rendered for the caller; every response that shows personal data is recorded for the audit trail.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
public class CaseReadController {

    private final ApiCommands commands;
    private final CaseAccess access;
    private final ApiQueries queries;
    private final PersonalDataVault vault;

    public CaseReadController(ApiCommands commands, CaseAccess access, ApiQueries queries, PersonalDataVault vault) {
        this.commands = commands;
        this.access = access;
        this.queries = queries;
        this.vault = vault;
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "The case as the caller may see it (404 without need-to-know); with asOf, as it stood then")
    public Mono<ResponseEntity<CaseDetail>> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                @RequestParam(required = false) String asOf,
                                                ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt);
        CaseId id = new CaseId(caseId);
        Instant now = Instant.now();
        // Time travel needs need-to-know now and then: a past view never reopens a case to an agency that left it.
        // A break-glass grant opens the case's past as well as its present.
        Mono<CaseAccess.Reading> reading = asOf == null ? access.reading(caller, id, now, exchange)
                : access.reading(caller, id, now, exchange).flatMap(current -> queries.ask(
                        new FindCaseAsOfQuery(id, AsOf.instant(asOf)), CaseView.class)
                        .filter(past -> current.breakGlass() || past.mayBeReadBy(caller.agency()))
                        .map(past -> new CaseAccess.Reading(past, current.breakGlass())))
                .switchIfEmpty(Mono.error(new UnknownResourceException(
                        ErrorCode.CASE_NOT_FOUND, "No case " + id + " as of " + asOf)));
        return reading.zipWith(access.typeOf(caller).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()))
                .publishOn(Schedulers.boundedElastic())
                .flatMap(t -> {
                    var view = t.getT1().view();
                    boolean glass = t.getT1().breakGlass();
                    CaseDetail detail = CaseRenderer.render(view, caller.agency(), t.getT2().orElse(null), glass,
                            vault.lazyKey(id), now);
                    var shown = ResponseEntity.ok().eTag(ApiCommands.etag(view.version())).body(detail);
                    boolean personal = detail.subject() != null || !detail.notes().isEmpty();
                    String basis = glass ? "break-glass " + view.breakGlass().stream()
                            .filter(g -> g.activeFor(caller.staffId(), now)).map(g -> g.grantId().value())
                            .findFirst().orElse("") : null;
                    return personal ? commands.recordView(id, commands.stamp(exchange, caller), basis).thenReturn(shown)
                            : Mono.just(shown);
                });
    }
}
