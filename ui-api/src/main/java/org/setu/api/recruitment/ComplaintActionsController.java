package org.setu.api.recruitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiCommands;
import org.setu.api.privacy.PersonalData;
import org.setu.api.referral.CaseAccess;
import org.setu.api.referral.CaseRequests;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.api.security.Caller;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.referral.CaseId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * A complaint's lifecycle, {@code POST /api/v1/complaints/{id}/{action}}: the caller must see the complaint (else
 * 404), the rules decide (a refused step is a 422 problem). Free text is sealed under the complainant's key, like a
 * case's reasons, since it may well name them.
 */
@RestController
@RequestMapping("/api/v1/complaints/{complaintId}")
@Tag(name = "Recruitment")
@SecurityRequirement(name = "bearer")
public class ComplaintActionsController {

    private final ApiCommands commands;
    private final ComplaintAccess access;
    private final PersonalDataVault vault;
    private final CaseAccess cases;

    public ComplaintActionsController(ApiCommands commands, ComplaintAccess access, PersonalDataVault vault,
                                      CaseAccess cases) {
        this.commands = commands;
        this.access = access;
        this.vault = vault;
        this.cases = cases;
    }

    @PostMapping("/register")
    @Operation(summary = "Register a received complaint (receiving agency)")
    public Mono<ResponseEntity<Object>> register(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                                 @RequestBody(required = false) CaseRequests.Empty body, ServerWebExchange ex) {
        return act(jwt, complaintId, Map.of(), ex, RegisterComplaintCommand::new);
    }

    @PostMapping("/notify-agency")
    @Operation(summary = "Record that the recruiting agency was notified (receiving agency)")
    public Mono<ResponseEntity<Object>> notifyAgency(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                                     @RequestBody(required = false) CaseRequests.Empty body, ServerWebExchange ex) {
        return act(jwt, complaintId, Map.of(), ex, NotifyRecruiterCommand::new);
    }

    @PostMapping("/hearing")
    @Operation(summary = "Record an arbitration hearing held at `at` (receiving agency)")
    public Mono<ResponseEntity<Object>> hearing(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                                @RequestBody RecruitmentRequests.HearingBody body, ServerWebExchange ex) {
        return act(jwt, complaintId, body, ex, (id, s) -> new RecordHearingCommand(id, Checks.required(body.at(), "at"), s));
    }

    @PostMapping("/award")
    @Operation(summary = "Record the award in taka (receiving agency; after a hearing)")
    public Mono<ResponseEntity<Object>> award(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                              @RequestBody RecruitmentRequests.AmountBody body, ServerWebExchange ex) {
        return act(jwt, complaintId, body, ex, (id, s) -> new MakeAwardCommand(id, Bdt.required(body.amountBdt(), "amountBdt"), s));
    }

    @PostMapping("/payment")
    @Operation(summary = "Record a payment of the award in taka; payments never exceed the award (receiving agency)")
    public Mono<ResponseEntity<Object>> payment(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                                @RequestBody RecruitmentRequests.AmountBody body, ServerWebExchange ex) {
        return act(jwt, complaintId, body, ex, (id, s) -> new RecordPaymentCommand(id, Bdt.positive(body.amountBdt(), "amountBdt"), s));
    }

    @PostMapping("/default")
    @Operation(summary = "Record that the recruiting agency defaulted on the award, with the reason (receiving agency)")
    public Mono<ResponseEntity<Object>> defaulted(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                                  @RequestBody RecruitmentRequests.ReasonBody body, ServerWebExchange ex) {
        return explained(jwt, complaintId, body, ex, body.reason(), "reason", RecordDefaultCommand::new);
    }

    @PostMapping("/refer-to-court")
    @Operation(summary = "Refer the complaint to court, with the reason (receiving agency)")
    public Mono<ResponseEntity<Object>> referToCourt(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                                     @RequestBody RecruitmentRequests.ReasonBody body, ServerWebExchange ex) {
        return explained(jwt, complaintId, body, ex, body.reason(), "reason", ReferComplaintToCourtCommand::new);
    }

    @PostMapping("/withdraw")
    @Operation(summary = "Record that the complainant withdrew, with the reason (receiving agency)")
    public Mono<ResponseEntity<Object>> withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                                 @RequestBody RecruitmentRequests.ReasonBody body, ServerWebExchange ex) {
        return explained(jwt, complaintId, body, ex, body.reason(), "reason", WithdrawComplaintCommand::new);
    }

    @PostMapping("/close")
    @Operation(summary = "Close the complaint with its outcome (receiving agency)")
    public Mono<ResponseEntity<Object>> close(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                              @RequestBody RecruitmentRequests.OutcomeBody body, ServerWebExchange ex) {
        return explained(jwt, complaintId, body, ex, body.outcome(), "outcome", CloseComplaintCommand::new);
    }

    @PostMapping("/reopen")
    @Operation(summary = "Reopen an ended complaint, with the reason (receiving agency)")
    public Mono<ResponseEntity<Object>> reopen(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                               @RequestBody RecruitmentRequests.ReasonBody body, ServerWebExchange ex) {
        return explained(jwt, complaintId, body, ex, body.reason(), "reason", ReopenComplaintCommand::new);
    }

    @PostMapping("/share")
    @Operation(summary = "Share the complaint with an agency the complainant consented to (receiving FOCAL_POINT)")
    public Mono<ResponseEntity<Object>> share(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                              @RequestBody RecruitmentRequests.ShareBody body, ServerWebExchange ex) {
        return act(jwt, complaintId, body, ex, (id, s) -> new ShareComplaintCommand(id,
                new AgencyId(Checks.required(body.agency(), "agency")), s));
    }

    @PostMapping("/link-case")
    @Operation(summary = "Link the complaint to a referral case of the same person that the caller may see (receiving agency)")
    public Mono<ResponseEntity<Object>> linkCase(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                                 @RequestBody RecruitmentRequests.LinkCaseBody body, ServerWebExchange ex) {
        CaseId caseId = new CaseId(Checks.required(body.caseId(), "caseId"));
        // Checked before anything is sent (LinkedCase).
        return LinkedCase.check(cases, Caller.of(jwt), caseId, ex)
                .then(act(jwt, complaintId, body, ex, (id, s) -> new LinkComplaintToCaseCommand(id, caseId, s)));
    }

    @PostMapping("/erase-complainant")
    @Operation(summary = "Erase the complainant's personal data by destroying their key (SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> erase(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                              @RequestBody RecruitmentRequests.ReasonBody body, ServerWebExchange ex) {
        return act(jwt, complaintId, body, ex, (id, s) -> new EraseComplainantCommand(id, ErasureBasis.REQUEST, body.reason(), s));
    }

    /** Need-to-know check, then the command (built off the event loop: sealing blocks), then read-your-writes. */
    private Mono<ResponseEntity<Object>> act(Jwt jwt, String complaintId, Object body, ServerWebExchange exchange,
                                             BiFunction<ComplaintId, Stamp, ComplaintCommand> build) {
        Caller caller = Caller.of(jwt);
        ComplaintId id = new ComplaintId(complaintId);
        return commands.idempotent(exchange, caller, body, () -> access.readable(caller, id, exchange)
                .flatMap(v -> commands.send(exchange, build.apply(id, commands.stamp(exchange, caller))))
                .then(access.caughtUp(id.value()))
                .map(version -> ResponseEntity.noContent().header(HttpHeaders.ETAG, ApiCommands.etag(version)).build()));
    }

    /** An action that carries a text (a reason, an outcome), checked and sealed only once the caller may see the complaint. */
    private Mono<ResponseEntity<Object>> explained(Jwt jwt, String complaintId, Object body, ServerWebExchange exchange,
                                                   String text, String field, ExplainedStep step) {
        return act(jwt, complaintId, body, exchange, (id, s) -> step.command(id, reason(id, text, field), s));
    }

    private interface ExplainedStep {
        ComplaintCommand command(ComplaintId id, Sealed text, Stamp stamp);
    }

    private Sealed reason(ComplaintId id, String text, String field) {
        return vault.sealingKey(id.subjectKey()).seal(PersonalData.REASON, Checks.text(text, field, Limits.REASON));
    }
}
