package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.referral.CaseDetail;
import org.setu.api.console.recruitment.RecruitmentGateway;
import org.setu.api.security.Caller;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Role;
import org.springframework.context.MessageSource;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.query.FindAgenciesQuery;
import org.setu.kernel.referral.ReferralStep;
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

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The case page and its forms. Each form posts to {@code /console/cases/{caseId}/...}; success redirects back to the
 * page (post/redirect/get), a refusal shows the page again with the problem on the form and the field marked.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class CasePageController {

    private static final Set<String> CASE_ACTIONS = Set.of("refer", "notes", "close", "reopen", "override", "lead-transfer");

    private final ConsoleGateway api;
    private final ConsoleRefusals refusals;
    private final MessageSource messages;
    private final RecruitmentGateway recruitment;

    public CasePageController(ConsoleGateway api, ConsoleRefusals refusals, MessageSource messages,
                              RecruitmentGateway recruitment) {
        this.recruitment = recruitment;
        this.api = api;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/console/cases/{caseId}")
    public Mono<Rendering> page(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                @RequestParam(required = false) String done, ServerWebExchange exchange) {
        return page(jwt, caseId, exchange, null, exchange.getRequest().getQueryParams(), done, HttpStatus.OK);
    }

    @PostMapping("/console/cases/{caseId}/{action}")
    public Mono<Rendering> onCase(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                  @PathVariable String action, ServerWebExchange exchange) {
        if (!CASE_ACTIONS.contains(action)) {
            return Mono.just(Rendering.view("console/not-found").status(HttpStatus.NOT_FOUND).build());
        }
        return submit(jwt, caseId, action, null, exchange, form -> api.act(jwt, caseId, action, form, exchange));
    }

    @PostMapping("/console/cases/{caseId}/referrals/{referralId}/{action}")
    public Mono<Rendering> onReferral(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                      @PathVariable String referralId, @PathVariable String action,
                                      ServerWebExchange exchange) {
        Optional<ReferralStep> step = ReferralStep.ofPath(action);
        if (step.isEmpty()) {
            return Mono.just(Rendering.view("console/not-found").status(HttpStatus.NOT_FOUND).build());
        }
        // A step that ends the caller's need-to-know sends it back to its work, not to a case it may no longer see.
        String next = step.get().endsTakersAccess() ? "/console?done=" + action : null;
        return submit(jwt, caseId, action + "-" + referralId, next, exchange,
                form -> api.actOnReferral(jwt, caseId, referralId, step.get(), form, exchange));
    }

    private Mono<Rendering> submit(Jwt jwt, String caseId, String formName, String next, ServerWebExchange exchange,
                                   Function<ConsoleForms.Action, Mono<Void>> send) {
        String done = next != null ? next : "/console/cases/" + caseId + "?done=" + formName.split("-")[0];
        return exchange.getFormData().flatMap(fields -> Mono.defer(() -> send.apply(new ConsoleForms.Action(fields)))
                .thenReturn(Rendering.redirectTo(done).build())
                .onErrorResume(e -> {
                    var refusal = refusals.of(e, formName, exchange);
                    // Not found stays not found (the same page as an unknown case); anything else goes on the form.
                    return refusal.status() == 404 ? Mono.error(e)
                            : page(jwt, caseId, exchange, refusal, fields, null, HttpStatus.valueOf(refusal.status()));
                }));
    }

    private Mono<Rendering> page(Jwt jwt, String caseId, ServerWebExchange exchange, ConsoleRefusals.Refusal refusal,
                                 MultiValueMap<String, String> values, String done, HttpStatus status) {
        Caller caller = Caller.of(jwt);
        var search = new ConsoleForms.Action(values);
        var filter = new FindAgenciesQuery(search.choice(ServiceType.class, "service"), search.text("district"),
                search.text("language"));
        // The case first: its need-to-know check decides whether anything else about it is asked for.
        return api.readCase(jwt, caseId, exchange).flatMap(detail -> Mono.zip(api.agencies(), api.agencies(filter),
                api.history(caseId), glassEnds(jwt, caller, detail, exchange),
                // The secretariat reads a case only through break-glass, which opens the case, not its complaints.
                caller.has(Role.SECRETARIAT) ? Mono.just(RecruitmentGateway.NO_COMPLAINTS)
                        : recruitment.caseComplaints(jwt, caseId, exchange)).map(t -> {
            Map<String, String> names = t.getT1().stream()
                    .collect(Collectors.toMap(a -> a.agencyId().value(), AgencyView::name, (a, b) -> a));
            List<AgencyView> others = t.getT2().stream()
                    .filter(a -> !a.agencyId().equals(caller.agency())).toList();
            Locale locale = ConsoleModel.locale(exchange);
            var history = CaseHistoryLines.of(detail, t.getT3(), caller.agency(), caller.staffId().value(), names,
                    (key, args) -> messages.getMessage(key, args, locale));
            return Rendering.view("console/case").status(status)
                    .modelAttribute("c", detail)
                    .modelAttribute("actions", CaseActions.of(detail, caller.agency(), caller.roles()))
                    .modelAttribute("access", WhoHasAccess.of(detail))
                    .modelAttribute("history", history)
                    .modelAttribute("complaints", t.getT5().items())
                    .modelAttribute("glassEnds", t.getT4().orElse(null))
                    .modelAttribute("names", names)
                    .modelAttribute("agencies", others)
                    .modelAttribute("outsideConsent", ReferTargets.outsideConsent(detail.consent(), others))
                    .modelAttribute("search", filter)
                    .modelAttribute("refusal", refusal)
                    .modelAttribute("values", values)
                    .modelAttribute("done", done)
                    .build();
        }));
    }

    /** For a reviewer reading the case through break-glass: when the grant ends (the page counts down to it). */
    private Mono<Optional<Instant>> glassEnds(Jwt jwt, Caller caller, CaseDetail detail, ServerWebExchange exchange) {
        if (CaseParties.of(detail).onCase(caller.agency()) || !caller.has(Role.SECRETARIAT_REVIEWER)) {
            return Mono.just(Optional.empty());
        }
        return api.grants(jwt, detail.caseId(), exchange).map(report -> report.grants().stream()
                .filter(g -> g.active() && g.reviewer().equals(caller.staffId().value()))
                .map(CaseDetail.BreakGlass::expiresAt).max(Comparator.naturalOrder()));
    }
}
