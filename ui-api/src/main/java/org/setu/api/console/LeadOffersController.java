package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.security.Caller;
import org.setu.kernel.common.Role;
import org.setu.kernel.query.AgencyView;
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

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lead offers to the caller's agency: the agency offered the lead cannot read the case yet (need-to-know), so it
 * answers here, seeing only the case's id, category, district and the offering agency. Taking the lead opens the
 * case page; declining (with a reason) stays here. The API decides who may answer (its focal points).
 */
@Controller
@Hidden // pages for people, not part of the API document
public class LeadOffersController {

    private final ConsoleGateway api;
    private final ConsoleRefusals refusals;

    public LeadOffersController(ConsoleGateway api, ConsoleRefusals refusals) {
        this.api = api;
        this.refusals = refusals;
    }

    @GetMapping("/console/lead-offers")
    public Mono<Rendering> offers(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String done) {
        return page(jwt, null, new LinkedMultiValueMap<>(), done, HttpStatus.OK);
    }

    @PostMapping("/console/cases/{caseId}/lead-transfer/{answer}")
    public Mono<Rendering> answer(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                  @PathVariable String answer, ServerWebExchange exchange) {
        if (!answer.equals("accept") && !answer.equals("decline")) {
            return Mono.just(Rendering.view("console/not-found").status(HttpStatus.NOT_FOUND).build());
        }
        boolean accept = answer.equals("accept");
        String form = "lead-" + answer + "-" + caseId;
        String next = accept ? "/console/cases/" + caseId + "?done=leadAccepted" : "/console/lead-offers?done=leadDeclined";
        return exchange.getFormData().flatMap(fields -> api.answerLead(jwt, caseId, accept,
                        new ConsoleForms.Action(fields), exchange)
                .thenReturn(Rendering.redirectTo(next).build())
                .onErrorResume(e -> {
                    var refusal = refusals.of(e, form, exchange);
                    return refusal.status() == 404 ? Mono.error(e)
                            : page(jwt, refusal, fields, null, HttpStatus.valueOf(refusal.status()));
                }));
    }

    private Mono<Rendering> page(Jwt jwt, ConsoleRefusals.Refusal refusal, MultiValueMap<String, String> values,
                                 String done, HttpStatus status) {
        boolean focal = Caller.of(jwt).has(Role.FOCAL_POINT);
        return Mono.zip(api.leadOffers(jwt), api.agencies()).map(t -> {
            Map<String, String> names = t.getT2().stream()
                    .collect(Collectors.toMap(a -> a.agencyId().value(), AgencyView::name, (a, b) -> a));
            return Rendering.view("console/lead-offers").status(status)
                    .modelAttribute("offers", t.getT1()).modelAttribute("names", names)
                    .modelAttribute("focal", focal).modelAttribute("refusal", refusal)
                    .modelAttribute("values", values).modelAttribute("done", done).build();
        });
    }
}
