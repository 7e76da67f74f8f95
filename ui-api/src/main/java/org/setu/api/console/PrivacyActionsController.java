package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.referral.CaseDetail;
import org.setu.api.referral.CaseRequests;
import org.setu.api.security.Caller;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The secretariat's privacy actions on one case, through the API's handlers: break-glass (a reviewer, with a reason
 * and a duration; the case page then counts the grant down) and erasure of the subject (an administrator, after
 * typing the case id again). The screens are refused to other roles with the API's own role check.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class PrivacyActionsController {

    /** The durations offered, in hours: up to the API's limit (BreakGlassCommand.MAX_DURATION, 8 hours). */
    static final List<Integer> HOURS = List.of(1, 2, 4, 8);
    /** A case the reviewer named that is unknown or malformed is a mistake in the case field, not a missing page. */
    private static final Set<String> CASE_FIELD = Set.of("case-not-found", "invalid-identifier", "not-found");

    private final ConsoleGateway api;
    private final ConsoleRefusals refusals;
    private final MessageSource messages;

    public PrivacyActionsController(ConsoleGateway api, ConsoleRefusals refusals, MessageSource messages) {
        this.api = api;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/console/break-glass")
    public Rendering breakGlassForm(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String caseId) {
        Caller.of(jwt).require(Role.SECRETARIAT_REVIEWER);
        return form("console/break-glass", null, values("caseId", caseId), HttpStatus.OK, null);
    }

    @PostMapping("/console/break-glass")
    public Mono<Rendering> breakGlass(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(fields -> {
            var form = new ConsoleForms.Action(fields);
            String caseId = form.text("caseId");
            return Mono.defer(() -> api.breakGlass(jwt, required(caseId),
                            new CaseRequests.BreakGlass(form.text("reason"), hours(form.text("duration"))), exchange))
                    .thenReturn(Rendering.redirectTo("/console/cases/" + caseId + "?done=breakGlass").build())
                    .onErrorResume(e -> refused(e, "break-glass", "console/break-glass", fields, exchange));
        });
    }

    /** The countdown alone, for htmx to refresh: reads the grants, never the case (so no view is recorded). */
    @GetMapping("/console/break-glass/countdown")
    public Mono<Rendering> countdown(@AuthenticationPrincipal Jwt jwt, @RequestParam String caseId,
                                     ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_REVIEWER);
        return api.grants(jwt, caseId, exchange).map(report -> report.grants().stream()
                        .filter(g -> g.reviewer().equals(caller.staffId().value()))
                        .map(CaseDetail.BreakGlass::expiresAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH))
                .map(ends -> Rendering.view("console/parts :: glassCountdown")
                        .modelAttribute("caseId", caseId).modelAttribute("ends", ends).build());
    }

    @GetMapping("/console/erasure")
    public Rendering erasureForm(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String caseId,
                                 @RequestParam(required = false) String done) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return form("console/erasure", null, values("caseId", done == null ? caseId : null), HttpStatus.OK,
                done == null ? null : caseId);
    }

    @PostMapping("/console/erasure")
    public Mono<Rendering> erase(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return exchange.getFormData().flatMap(fields -> {
            var form = new ConsoleForms.Action(fields);
            String caseId = form.text("caseId");
            return Mono.defer(() -> {
                        // Erasure cannot be undone: the case id typed twice guards against a slip of the hand.
                        if (caseId != null && !caseId.equals(form.text("confirm"))) {
                            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "confirm",
                                    "Type the case id again to confirm the erasure");
                        }
                        return api.erase(jwt, required(caseId), form.reason(), exchange);
                    })
                    .thenReturn(Rendering.redirectTo("/console/erasure?done=erased&caseId=" + caseId).build())
                    .onErrorResume(e -> refused(e, "erase", "console/erasure", fields, exchange));
        });
    }

    private Mono<Rendering> refused(Throwable e, String formName, String view, MultiValueMap<String, String> fields,
                                    ServerWebExchange exchange) {
        var refusal = refusals.of(e, formName, exchange);
        if (refusal.field() == null && CASE_FIELD.contains(refusal.code())) {
            refusal = new ConsoleRefusals.Refusal(formName, refusal.code(), refusal.status(), "caseId", refusal.words());
        }
        if (refusal.code().equals("invalid-input") && "confirm".equals(refusal.field())) {
            refusal = new ConsoleRefusals.Refusal(formName, refusal.code(), 400, "confirm",
                    messages.getMessage("erase.confirmMismatch", null, ConsoleModel.locale(exchange)));
        }
        return Mono.just(form(view, refusal, fields, HttpStatus.valueOf(refusal.status()), null));
    }

    private static Rendering form(String view, ConsoleRefusals.Refusal refusal, MultiValueMap<String, String> values,
                                  HttpStatus status, String erased) {
        return Rendering.view(view).status(status).modelAttribute("refusal", refusal).modelAttribute("values", values)
                .modelAttribute("hours", HOURS).modelAttribute("erased", erased).build();
    }

    private static String required(String caseId) {
        if (caseId == null) {
            throw new InvalidInputException(ErrorCode.TEXT_REQUIRED, "caseId", "Give the case id");
        }
        return caseId;
    }

    private static Duration hours(String value) {
        try {
            return value == null ? null : Duration.ofHours(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "duration", "Choose one of the durations");
        }
    }

    private static MultiValueMap<String, String> values(String name, String value) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        if (value != null) {
            values.add(name, value);
        }
        return values;
    }
}
