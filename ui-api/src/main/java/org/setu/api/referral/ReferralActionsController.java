package org.setu.api.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiCommands;
import org.setu.api.privacy.PersonalData;
import org.setu.kernel.referral.*;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Requesting a referral and moving it through its lifecycle (docs/lifecycle.md). */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/referrals")
@Tag(name = "Referrals")
@SecurityRequirement(name = "bearer")
public class ReferralActionsController {

    private final CaseController cases;

    public ReferralActionsController(CaseController cases) {
        this.cases = cases;
    }

    @PostMapping
    @Operation(summary = "Refer the case to another agency (staff of an agency on the case)")
    public Mono<ResponseEntity<Object>> request(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                @RequestBody CaseRequests.Referral body, ServerWebExchange exchange) {
        ReferralId referralId = new ReferralId("R" + UUID.randomUUID());
        String note = Checks.optionalText(body.note(), "note", Limits.NOTE);
        return cases.act(jwt, caseId, body, exchange, s -> new RequestReferralCommand(new CaseId(caseId), referralId,
                CaseController.agency(body.toAgency(), "toAgency"), body.serviceType(), body.urgency(),
                note == null ? null : cases.seal(new CaseId(caseId), PersonalData.referralNote(referralId), note), s),
                version -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/cases/" + caseId + "/referrals/" + referralId))
                        .eTag(ApiCommands.etag(version)).body(Map.of("referralId", referralId.value())));
    }

    @PostMapping("/{referralId}/accept")
    @Operation(summary = "Accept a referral (receiving agency's FOCAL_POINT)")
    public Mono<ResponseEntity<Object>> accept(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                               @PathVariable String referralId,
                                               @RequestBody(required = false) CaseRequests.Empty body,
                                               ServerWebExchange exchange) {
        return step(jwt, caseId, referralId, body, exchange, AcceptReferralCommand::new);
    }

    @PostMapping("/{referralId}/decline")
    @Operation(summary = "Decline a referral with a reason code and text (receiving agency's FOCAL_POINT)")
    public Mono<ResponseEntity<Object>> decline(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                @PathVariable String referralId, @RequestBody CaseRequests.Decline body,
                                                ServerWebExchange exchange) {
        return step(jwt, caseId, referralId, body, exchange, (c, r, s) ->
                new DeclineReferralCommand(c, r, body.reasonCode(), cases.reason(caseId, body.reason()), s));
    }

    @PostMapping("/{referralId}/start")
    @Operation(summary = "Start delivering the service (receiving agency)")
    public Mono<ResponseEntity<Object>> start(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                              @PathVariable String referralId,
                                              @RequestBody(required = false) CaseRequests.Empty body,
                                              ServerWebExchange exchange) {
        return step(jwt, caseId, referralId, body, exchange, StartServiceCommand::new);
    }

    @PostMapping("/{referralId}/complete")
    @Operation(summary = "Complete the referral with its outcome (receiving agency)")
    public Mono<ResponseEntity<Object>> complete(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                 @PathVariable String referralId, @RequestBody CaseRequests.Outcome body,
                                                 ServerWebExchange exchange) {
        return explainedStep(jwt, caseId, referralId, body, exchange, () -> cases.outcome(caseId, body.outcome()),
                CompleteReferralCommand::new);
    }

    @PostMapping("/{referralId}/fail")
    @Operation(summary = "Record that the service could not be delivered, with the reason (receiving agency)")
    public Mono<ResponseEntity<Object>> fail(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                             @PathVariable String referralId, @RequestBody CaseRequests.Reason body,
                                             ServerWebExchange exchange) {
        return explainedStep(jwt, caseId, referralId, body, exchange, () -> cases.reason(caseId, body.reason()),
                FailReferralCommand::new);
    }

    @PostMapping("/{referralId}/withdraw")
    @Operation(summary = "Withdraw the referral, with the reason (referring agency)")
    public Mono<ResponseEntity<Object>> withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                                 @PathVariable String referralId, @RequestBody CaseRequests.Reason body,
                                                 ServerWebExchange exchange) {
        return explainedStep(jwt, caseId, referralId, body, exchange, () -> cases.reason(caseId, body.reason()),
                WithdrawReferralCommand::new);
    }

    private Mono<ResponseEntity<Object>> step(Jwt jwt, String caseId, String referralId, Object body,
                                              ServerWebExchange exchange, Step step) {
        return cases.actOnReferral(jwt, caseId, referralId, body, exchange,
                s -> step.command(new CaseId(caseId), new ReferralId(referralId), s));
    }

    /** A step that carries a sealed text; it is checked and sealed only once the caller may see the referral. */
    private Mono<ResponseEntity<Object>> explainedStep(Jwt jwt, String caseId, String referralId, Object body,
                                                       ServerWebExchange exchange, Supplier<Sealed> text,
                                                       ExplainedStep step) {
        return step(jwt, caseId, referralId, body, exchange, (c, r, s) -> step.command(c, r, text.get(), s));
    }

    private interface Step {
        CaseCommand command(CaseId caseId, ReferralId referralId, Stamp stamp);
    }

    private interface ExplainedStep {
        CaseCommand command(CaseId caseId, ReferralId referralId, Sealed text, Stamp stamp);
    }
}
