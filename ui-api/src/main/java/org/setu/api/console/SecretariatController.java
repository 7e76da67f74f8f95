package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.audit.AuditController;
import org.setu.api.indicators.IndicatorController;
import org.setu.kernel.audit.AuditCheckpoint;
import org.setu.kernel.audit.AuditPage;
import org.setu.kernel.audit.AuditVerification;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.UnknownResourceException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import reactor.core.publisher.Flux;
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
    private final MessageSource messages;
    private final ConsoleModel model;
    private final ConsoleRefusals refusals;
    private final ConsoleSettings settings;

    public SecretariatController(AuditController audit, IndicatorController indicators, MessageSource messages,
                                 ConsoleModel model, ConsoleRefusals refusals, ConsoleSettings settings) {
        this.refusals = refusals;
        this.settings = settings;
        this.model = model;
        this.audit = audit;
        this.indicators = indicators;
        this.messages = messages;
    }

    @GetMapping("/console/audit")
    public Mono<Rendering> audit(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") int page,
                                 ServerWebExchange exchange) {
        var query = new ConsoleForms.Action(exchange.getRequest().getQueryParams());
        return Mono.defer(() -> audit.verify(jwt)).flatMap(verification -> Mono.defer(() -> audit.entries(jwt,
                                ConsoleForms.filter(query.text("caseId")), ConsoleForms.filter(query.text("agency")),
                                ConsoleForms.filter(query.text("actor")), ConsoleForms.filter(query.text("type")),
                                AuditFilters.from(query, settings.timeZone()), AuditFilters.to(query, settings.timeZone()),
                                page, 50))
                        .map(entries -> auditPage(verification, entries, query, null))
                        // A filter the API refuses (a date that is none) is marked on the form, the trail not shown.
                        .onErrorResume(e -> refused(e, exchange).map(r -> auditPage(verification, null, query, r))));
    }

    private Rendering auditPage(AuditVerification verification, AuditPage entries, ConsoleForms.Action query,
                                           ConsoleRefusals.Refusal refusal) {
        return Rendering.view("console/audit").status(refusal == null ? HttpStatus.OK : HttpStatus.valueOf(refusal.status()))
                .modelAttribute("verification", verification).modelAttribute("entries", entries)
                .modelAttribute("pages", entries == null ? 0 : entries.pages())
                .modelAttribute("filters", query.fields()).modelAttribute("auditTypes", AuditFilters.TYPES)
                .modelAttribute("refusal", refusal).build();
    }

    /** Only a refused filter is shown on the form; anything else (a role refusal) is the console's error page. */
    private Mono<ConsoleRefusals.Refusal> refused(Throwable e, ServerWebExchange exchange) {
        var refusal = refusals.of(e, "audit", exchange);
        return refusal.status() == 400 ? Mono.just(refusal) : Mono.error(e);
    }

    @GetMapping("/console/indicators")
    public Mono<Rendering> indicators(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to, ServerWebExchange exchange) {
        return Mono.defer(() -> indicators.json(jwt, ConsoleForms.filter(from), ConsoleForms.filter(to), null, null, null))
                .map(report -> Rendering.view("console/indicators").modelAttribute("report", report)
                        .modelAttribute("charts", IndicatorCharts.of(report, r -> messages.getMessage(
                                "enum.CaseCategory." + r.category().name(), null, ConsoleModel.locale(exchange))
                                + " (" + messages.getMessage("indicators.gcmShort",
                                new Object[]{model.formats(exchange).number(r.gcmObjective())}, ConsoleModel.locale(exchange)) + ")"))
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

    /** The whole chain, streamed as the API streams it: JSON Lines for the offline verifier, or CSV. */
    @GetMapping({"/console/audit/export.jsonl", "/console/audit/export.csv"})
    @ResponseBody
    public ResponseEntity<Flux<String>> export(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        boolean csv = exchange.getRequest().getPath().value().endsWith(".csv");
        var exported = audit.export(jwt, csv ? "csv" : "jsonl");
        return ResponseEntity.ok().headers(exported.getHeaders())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(csv ? "setu-audit.csv" : "setu-audit.jsonl"))
                .body(exported.getBody());
    }

    /** The latest signed checkpoint, as the offline verifier reads it (the API's {@code checkpoint} object). */
    @GetMapping("/console/audit/checkpoint.json")
    @ResponseBody
    public Mono<ResponseEntity<AuditCheckpoint>> checkpoint(@AuthenticationPrincipal Jwt jwt) {
        return Mono.defer(() -> audit.checkpoint(jwt)).filter(view -> view.checkpoint() != null)
                .map(view -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION, attachment("checkpoint.json")).body(view.checkpoint()))
                .switchIfEmpty(Mono.error(new UnknownResourceException(ErrorCode.NOT_FOUND, "No checkpoint yet")));
    }

    /** The public key that verifies checkpoints (PEM). */
    @GetMapping("/console/audit/audit-public.pem")
    @ResponseBody
    public Mono<ResponseEntity<String>> publicKey(@AuthenticationPrincipal Jwt jwt) {
        return Mono.defer(() -> audit.checkpoint(jwt)).map(view -> ResponseEntity.ok()
                .contentType(new MediaType("application", "x-pem-file"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("audit-public.pem")).body(view.publicKeyPem()));
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
