package org.setu.api.console.recruitment;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.console.ConsoleForms;
import org.setu.api.console.ConsoleFormats;
import org.setu.api.console.ConsoleModel;
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
 * The recruitment dashboard for the secretariat: {@code GET /api/v1/indicators/recruitment} (its role check, its
 * definitions) as charts drawn on the server, a table per agency, month and sex, and the API's CSV as a download.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class RecruitmentDashboardController {

    private final RecruitmentGateway api;
    private final ConsoleModel model;

    public RecruitmentDashboardController(RecruitmentGateway api, ConsoleModel model) {
        this.api = api;
        this.model = model;
    }

    @GetMapping("/console/recruitment/indicators")
    public Mono<Rendering> dashboard(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String licence, ServerWebExchange exchange) {
        ConsoleFormats fmt = model.formats(exchange);
        return api.indicators(jwt, ConsoleForms.filter(from), ConsoleForms.filter(to), ConsoleForms.filter(licence))
                .map(report -> Rendering.view("console/recruitment/indicators").modelAttribute("report", report)
                        .modelAttribute("charts", RecruitmentCharts.of(report, fmt::month))
                        .modelAttribute("from", from).modelAttribute("to", to).modelAttribute("licence", licence)
                        .modelAttribute("query", exchange.getRequest().getURI().getRawQuery()).build());
    }

    @GetMapping("/console/recruitment/indicators.csv")
    @ResponseBody
    public Mono<ResponseEntity<String>> csv(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to,
                                            @RequestParam(required = false) String licence) {
        return api.indicatorsCsv(jwt, ConsoleForms.filter(from), ConsoleForms.filter(to), ConsoleForms.filter(licence))
                .map(csv -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("setu-recruitment-indicators.csv").build().toString())
                        .body(csv));
    }
}
