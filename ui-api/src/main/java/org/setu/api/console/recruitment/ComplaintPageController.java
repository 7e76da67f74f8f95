package org.setu.api.console.recruitment;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.console.ConsoleForms;
import org.setu.api.console.ConsoleRefusals;
import org.setu.api.console.ConsoleSettings;
import org.setu.api.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * The complaint page: the facts, the complainant as far as the reader may see them ({@code ComplaintRenderer}
 * through {@code GET /api/v1/complaints/{id}}), where it stands, its hearings, award and payments, and a form for
 * each step the caller can take now. Each form posts to {@code /console/recruitment/complaints/{id}/{action}};
 * success redirects back to the page, a refusal shows the page again with the problem on the form.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class ComplaintPageController {

    private final RecruitmentGateway api;
    private final ConsoleRefusals refusals;
    private final ConsoleSettings settings;

    public ComplaintPageController(RecruitmentGateway api, ConsoleRefusals refusals, ConsoleSettings settings) {
        this.api = api;
        this.refusals = refusals;
        this.settings = settings;
    }

    @GetMapping("/console/recruitment/complaints/{complaintId}")
    public Mono<Rendering> page(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                                @RequestParam(required = false) String done, ServerWebExchange exchange) {
        return page(jwt, complaintId, null, new LinkedMultiValueMap<>(), done, HttpStatus.OK, exchange);
    }

    @PostMapping("/console/recruitment/complaints/{complaintId}/{action}")
    public Mono<Rendering> act(@AuthenticationPrincipal Jwt jwt, @PathVariable String complaintId,
                               @PathVariable String action, ServerWebExchange exchange) {
        Optional<ComplaintForm> form = ComplaintForm.ofPath(action);
        if (form.isEmpty()) {
            return Mono.just(Rendering.view("console/not-found").status(HttpStatus.NOT_FOUND).build());
        }
        return exchange.getFormData().flatMap(fields -> Mono.defer(() -> api.step(jwt, complaintId, form.get(),
                        new ComplaintForms.StepForm(new ConsoleForms.Action(fields), settings.timeZone()), exchange))
                .thenReturn(Rendering.redirectTo("/console/recruitment/complaints/" + complaintId
                        + "?done=complaint." + action).build())
                .onErrorResume(e -> {
                    var refusal = RecruitmentModel.onForm(refusals.of(e, action, exchange));
                    // Not found stays not found (the same page as an unknown complaint); anything else goes on the form.
                    return refusal.status() == 404 ? Mono.error(e)
                            : page(jwt, complaintId, refusal, fields, null, HttpStatus.valueOf(refusal.status()), exchange);
                }));
    }

    private Mono<Rendering> page(Jwt jwt, String complaintId, ConsoleRefusals.Refusal refusal,
                                 MultiValueMap<String, String> values, String done, HttpStatus status,
                                 ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt);
        return api.complaint(jwt, complaintId, exchange).map(c -> Rendering.view("console/recruitment/complaint").status(status)
                .modelAttribute("c", c).modelAttribute("actions", ComplaintActions.of(c, caller))
                .modelAttribute("refusal", refusal).modelAttribute("values", values).modelAttribute("done", done)
                .build());
    }
}
