package org.setu.api.console.recruitment;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.console.ConsoleForms;
import org.setu.api.console.ConsoleGateway;
import org.setu.api.console.ConsoleRefusals;
import org.setu.api.console.PlaceChoices;
import org.setu.kernel.recruitment.ComplaintStatus;
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

/**
 * The complaints the caller may see ({@code GET /api/v1/complaints}: received or shared by the caller's agency, all
 * for the secretariat, those against their licence for a recruiter's representative), and the intake form: the
 * facts, the amounts, the complainant and their consent, as {@code POST /api/v1/complaints} takes them.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class ComplaintIntakeController {

    private final RecruitmentGateway api;
    private final ConsoleGateway directory;
    private final ConsoleRefusals refusals;

    public ComplaintIntakeController(RecruitmentGateway api, ConsoleGateway directory, ConsoleRefusals refusals) {
        this.api = api;
        this.directory = directory;
        this.refusals = refusals;
    }

    @GetMapping("/console/recruitment")
    public Mono<Rendering> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                                ServerWebExchange exchange) {
        ComplaintStatus chosen = new ConsoleForms.Action(exchange.getRequest().getQueryParams())
                .choice(ComplaintStatus.class, "status");
        return api.complaints(jwt, chosen, Math.max(0, page), 20).map(p -> Rendering.view("console/recruitment/complaints")
                .modelAttribute("complaints", p).modelAttribute("status", chosen).build());
    }

    /**
     * The intake form; with {@code caseId}, for the person of that case: the form starts with what the case holds of
     * them (as the caller may see it: reading it is an audited view) and files the complaint linked to the case.
     */
    @GetMapping("/console/recruitment/complaints/new")
    public Mono<Rendering> form(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String caseId,
                                ServerWebExchange exchange) {
        if (caseId == null) {
            return form(jwt, null, new LinkedMultiValueMap<>(), HttpStatus.OK, exchange);
        }
        return directory.readCase(jwt, caseId, exchange).flatMap(c -> form(jwt, null, ComplaintForms.fromCase(c),
                HttpStatus.OK, exchange));
    }

    @PostMapping("/console/recruitment/complaints/new")
    public Mono<Rendering> file(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(fields -> Mono.defer(() -> api.file(jwt, ComplaintForms.complaint(fields), exchange))
                .map(id -> Rendering.redirectTo("/console/recruitment/complaints/" + id + "?done=complaint.filed").build())
                .onErrorResume(e -> {
                    var refusal = RecruitmentModel.onForm(refusals.of(e, "complaint", exchange));
                    return form(jwt, refusal, fields, HttpStatus.valueOf(refusal.status()), exchange);
                }));
    }

    private Mono<Rendering> form(Jwt jwt, ConsoleRefusals.Refusal refusal, MultiValueMap<String, String> values,
                                 HttpStatus status, ServerWebExchange exchange) {
        PlaceChoices places = PlaceChoices.in(RecruitmentModel.locale(exchange));
        return Mono.zip(api.agencies(jwt), directory.agencies()).map(t -> Rendering.view("console/recruitment/new-complaint")
                .status(status).modelAttribute("recruiters", t.getT1()).modelAttribute("agencies", t.getT2())
                .modelAttribute("places", places).modelAttribute("refusal", refusal).modelAttribute("values", values)
                .build());
    }
}
