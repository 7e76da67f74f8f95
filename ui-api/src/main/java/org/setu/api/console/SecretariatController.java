package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.audit.AuditController;
import org.setu.api.indicators.IndicatorController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * The secretariat's screens, through the API's own handlers and role checks: the audit trail with filters and the
 * chain's verification, and the indicators as a table with their CSV. Anyone else gets the API's refusal as a page.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class SecretariatController {

    private final AuditController audit;
    private final IndicatorController indicators;

    public SecretariatController(AuditController audit, IndicatorController indicators) {
        this.audit = audit;
        this.indicators = indicators;
    }

    @GetMapping("/console/audit")
    public Mono<Rendering> audit(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String caseId,
                                 @RequestParam(required = false) String agency,
                                 @RequestParam(required = false) String actor,
                                 @RequestParam(defaultValue = "0") int page) {
        return Mono.defer(() -> audit.verify(jwt)).zipWith(Mono.defer(() -> audit.entries(jwt, ConsoleForms.filter(caseId),
                        ConsoleForms.filter(agency), ConsoleForms.filter(actor), null, null, null, page, 50)))
                .map(t -> Rendering.view("console/audit").modelAttribute("verification", t.getT1())
                        .modelAttribute("entries", t.getT2()).modelAttribute("caseId", caseId)
                        .modelAttribute("agency", agency).modelAttribute("actor", actor).build());
    }

    @GetMapping("/console/indicators")
    public Mono<Rendering> indicators(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to, ServerWebExchange exchange) {
        return Mono.defer(() -> indicators.json(jwt, ConsoleForms.filter(from), ConsoleForms.filter(to), null, null, null))
                .map(report -> Rendering.view("console/indicators").modelAttribute("report", report)
                        .modelAttribute("from", from).modelAttribute("to", to)
                        .modelAttribute("query", exchange.getRequest().getURI().getRawQuery()).build());
    }

    @GetMapping("/console/indicators.csv")
    @ResponseBody
    public Mono<ResponseEntity<String>> csv(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to) {
        return Mono.defer(() -> indicators.csv(jwt, ConsoleForms.filter(from), ConsoleForms.filter(to), null, null, null))
                .map(csv -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("setu-indicators.csv").build().toString())
                        .body(csv));
    }
}
