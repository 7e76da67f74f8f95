package org.setu.api.console.recruitment;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.console.ConsoleForms;
import org.setu.api.console.ConsoleRefusals;
import org.setu.api.console.PlaceChoices;
import org.setu.api.recruitment.ComplaintDetail;
import org.setu.api.recruitment.RecruitmentRequests;
import org.setu.api.security.Caller;
import org.setu.kernel.common.Role;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport;
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

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Recruiting agencies: the list (and, for the secretariat's administrators, entering a licence) and one agency's
 * scorecard: licence status ({@code LicenceStatus.of}, as the API computes it), sanctions with their appeals,
 * complaints, monthly deployments, and for the secretariat the complaint rates of the recruitment indicators. The
 * forms (sanction, appeal, decision, deployments, sub-agents) post to the API's handlers, which check the roles.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class RecruitingAgencyPagesController {

    private final RecruitmentGateway api;
    private final ConsoleRefusals refusals;

    public RecruitingAgencyPagesController(RecruitmentGateway api, ConsoleRefusals refusals) {
        this.api = api;
        this.refusals = refusals;
    }

    @GetMapping("/console/recruitment/agencies")
    public Mono<Rendering> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String done,
                                ServerWebExchange exchange) {
        return list(jwt, null, new LinkedMultiValueMap<>(), done, HttpStatus.OK, exchange);
    }

    @PostMapping("/console/recruitment/agencies")
    public Mono<Rendering> enter(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(fields -> {
            var form = new ConsoleForms.Action(fields);
            var body = new RecruitmentRequests.RecruitingAgencyBody(form.text("licence"), form.text("name"),
                    form.text("district"));
            return Mono.defer(() -> api.enter(jwt, body, exchange))
                    .thenReturn(Rendering.redirectTo("/console/recruitment/agencies/" + body.licence() + "?done=agency.entered").build())
                    .onErrorResume(e -> {
                        var refusal = RecruitmentModel.onForm(refusals.of(e, "enter", exchange));
                        return list(jwt, refusal, fields, null, HttpStatus.valueOf(refusal.status()), exchange);
                    });
        });
    }

    @GetMapping("/console/recruitment/agencies/{licence}")
    public Mono<Rendering> scorecard(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence,
                                     @RequestParam(required = false) String done) {
        return scorecard(jwt, licence, null, new LinkedMultiValueMap<>(), done, HttpStatus.OK);
    }

    @PostMapping("/console/recruitment/agencies/{licence}/sanctions")
    public Mono<Rendering> sanction(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence, ServerWebExchange ex) {
        return submit(jwt, licence, "sanction", ex, f -> api.sanction(jwt, licence, ComplaintForms.sanction(f), ex));
    }

    @PostMapping("/console/recruitment/agencies/{licence}/sub-agents")
    public Mono<Rendering> subAgent(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence, ServerWebExchange ex) {
        return submit(jwt, licence, "subagent", ex, f -> {
            var form = new ConsoleForms.Action(f);
            return api.subAgent(jwt, licence, new RecruitmentRequests.SubAgentBody(form.text("registration"),
                    form.text("name"), form.text("district")), ex);
        });
    }

    @PostMapping("/console/recruitment/agencies/{licence}/deployments")
    public Mono<Rendering> deployments(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence, ServerWebExchange ex) {
        return submit(jwt, licence, "deployments", ex, f -> api.deployments(jwt, licence,
                monthField(f), ComplaintForms.deployments(f), ex));
    }

    @PostMapping("/console/recruitment/agencies/{licence}/sanctions/{sanctionId}/appeal")
    public Mono<Rendering> appeal(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence,
                                  @PathVariable String sanctionId, ServerWebExchange ex) {
        return submit(jwt, licence, "appeal-" + sanctionId, ex, f -> api.appeal(jwt, licence, sanctionId,
                new RecruitmentRequests.AppealBody(new ConsoleForms.Action(f).text("grounds")), ex));
    }

    @PostMapping("/console/recruitment/agencies/{licence}/sanctions/{sanctionId}/decision")
    public Mono<Rendering> decide(@AuthenticationPrincipal Jwt jwt, @PathVariable String licence,
                                  @PathVariable String sanctionId, ServerWebExchange ex) {
        return submit(jwt, licence, "decision-" + sanctionId, ex,
                f -> api.decide(jwt, licence, sanctionId, ComplaintForms.decision(f), ex));
    }

    /** The month as typed ({@code 2026-03}, Bengali digits too); the API refuses one that is not a month. */
    private static String monthField(MultiValueMap<String, String> fields) {
        String month = ConsoleForms.filter(new ConsoleForms.Action(fields).text("month"));
        return month == null ? "" : month;
    }

    private Mono<Rendering> submit(Jwt jwt, String licence, String form, ServerWebExchange exchange,
                                   Function<MultiValueMap<String, String>, Mono<Void>> send) {
        String done = "/console/recruitment/agencies/" + licence + "?done=agency." + form.split("-")[0];
        return exchange.getFormData().flatMap(fields -> Mono.defer(() -> send.apply(fields))
                .thenReturn(Rendering.redirectTo(done).build())
                .onErrorResume(e -> {
                    var refusal = RecruitmentModel.onForm(refusals.of(e, form, exchange));
                    return refusal.status() == 404 && !"complaint-not-found".equals(refusal.code()) ? Mono.error(e)
                            : scorecard(jwt, licence, refusal, fields, null, HttpStatus.valueOf(refusal.status()));
                }));
    }

    private Mono<Rendering> list(Jwt jwt, ConsoleRefusals.Refusal refusal, MultiValueMap<String, String> values,
                                 String done, HttpStatus status, ServerWebExchange exchange) {
        PlaceChoices places = PlaceChoices.in(RecruitmentModel.locale(exchange));
        return api.agencies(jwt).map(all -> Rendering.view("console/recruitment/agencies").status(status)
                .modelAttribute("recruiters", all).modelAttribute("places", places).modelAttribute("refusal", refusal)
                .modelAttribute("values", values).modelAttribute("done", done).build());
    }

    private Mono<Rendering> scorecard(Jwt jwt, String licence, ConsoleRefusals.Refusal refusal,
                                      MultiValueMap<String, String> values, String done, HttpStatus status) {
        Caller caller = Caller.of(jwt);
        boolean secretariat = caller.has(Role.SECRETARIAT);
        // The agency first: an unknown licence is the not-found page before anything else is asked.
        return api.agency(jwt, licence).flatMap(agency -> Mono.zip(
                secretariat ? api.indicators(jwt, null, null, agency.licence())
                        : Mono.just(new RecruitmentIndicatorReport(List.of())),
                caller.has(Role.SECRETARIAT_ADMIN) ? api.complaints(jwt, null, 0, 100)
                        : Mono.just(new ComplaintDetail.Page(List.of(), 0, 100, 0))).map(t -> {
            List<ComplaintDetail.Summary> against = t.getT2().items().stream()
                    .filter(c -> c.recruitingAgency().equals(agency.licence())).toList();
            return Rendering.view("console/recruitment/agency").status(status)
                    .modelAttribute("a", agency)
                    .modelAttribute("actions", AgencyActions.of(agency, caller))
                    .modelAttribute("rates", t.getT1().rows().stream().filter(r -> "ALL".equals(r.sex())).toList())
                    .modelAttribute("against", against)
                    .modelAttribute("months", new TreeMap<>((Map<?, ?>) agency.deployments()))
                    .modelAttribute("refusal", refusal).modelAttribute("values", values).modelAttribute("done", done)
                    .build();
        }));
    }
}
