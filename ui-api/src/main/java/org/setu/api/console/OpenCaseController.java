package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.referral.CaseRequests;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.ConsentPurpose;
import org.setu.kernel.referral.MigrationStage;
import org.setu.kernel.referral.Vulnerability;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Locale;

/**
 * Opening a case: the facts, the subject, and the subject's consent on the same form (which agencies may receive
 * the personal data, for which purposes), as {@code POST /api/v1/cases} takes them.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class OpenCaseController {

    private final ConsoleGateway api;
    private final ConsoleRefusals refusals;

    public OpenCaseController(ConsoleGateway api, ConsoleRefusals refusals) {
        this.api = api;
        this.refusals = refusals;
    }

    @GetMapping("/console/cases/new")
    public Mono<Rendering> form(ServerWebExchange exchange) {
        return form(null, new LinkedMultiValueMap<>(), HttpStatus.OK, exchange);
    }

    @PostMapping("/console/cases/new")
    public Mono<Rendering> open(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(fields -> Mono.defer(() -> api.open(jwt, body(fields), exchange))
                .map(caseId -> Rendering.redirectTo("/console/cases/" + caseId + "?done=opened").build())
                .onErrorResume(e -> {
                    var refusal = refusals.of(e, "open", exchange);
                    return form(refusal, fields, HttpStatus.valueOf(refusal.status()), exchange);
                }));
    }

    static CaseRequests.OpenCase body(MultiValueMap<String, String> fields) {
        var form = new ConsoleForms.Action(fields);
        var subject = new CaseRequests.Subject(form.text("subject.fullName"), form.date("subject.dateOfBirth"),
                form.text("subject.sex"), ConsoleForms.latinDigits(form.text("subject.phone")),
                ConsoleForms.latinDigits(form.text("subject.passportNumber")));
        var consent = new CaseRequests.ConsentBody(form.values("consent.agencies"), null,
                form.choices(ConsentPurpose.class, "consent.purposes"));
        return new CaseRequests.OpenCase(form.choice(CaseCategory.class, "category"),
                form.choice(MigrationStage.class, "migrationStage"), form.text("countryOfOrigin"),
                form.text("countryOfDestination"), form.text("district"),
                form.choices(Vulnerability.class, "vulnerabilities"), subject, consent);
    }

    private Mono<Rendering> form(ConsoleRefusals.Refusal refusal, MultiValueMap<String, String> values,
                                 HttpStatus status, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        PlaceChoices places = PlaceChoices.in(locale == null ? Locale.ENGLISH : locale);
        return api.agencies().map(agencies -> Rendering.view("console/new-case").status(status)
                .modelAttribute("places", places)
                .modelAttribute("agencies", agencies).modelAttribute("refusal", refusal)
                .modelAttribute("values", values).build());
    }
}
