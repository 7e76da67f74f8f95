package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.security.Caller;
import org.setu.api.sharing.AgreementController;
import org.setu.api.sharing.AgreementController.ReasonBody;
import org.setu.api.webhooks.PartnerWebhooksController;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.sharing.AgreementView;
import org.setu.kernel.sharing.IdentifierPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * The secretariat administrator's data-sharing agreements, through the API's own {@link AgreementController}: every
 * agreement with the form for a new one, and one agreement with its terms to amend, its revocation, and the webhooks
 * its partner registered ({@link PartnerWebhooksController}: where the data goes; only the partner changes them).
 */
@Controller
@Hidden // pages for people, not part of the API document
public class AgreementPagesController {

    private final AgreementController api;
    private final PartnerWebhooksController webhooks;
    private final ConsoleRefusals refusals;
    private final ConsoleSettings settings;

    public AgreementPagesController(AgreementController api, PartnerWebhooksController webhooks,
                                    ConsoleRefusals refusals, ConsoleSettings settings) {
        this.api = api;
        this.webhooks = webhooks;
        this.refusals = refusals;
        this.settings = settings;
    }

    @GetMapping("/console/agreements")
    public Mono<Rendering> list(@AuthenticationPrincipal Jwt jwt) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return list(jwt, AgreementForm.empty(), null);
    }

    @PostMapping("/console/agreements")
    public Mono<Rendering> create(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return exchange.getFormData().map(ConsoleForms.Action::new).flatMap(form -> Mono
                .defer(() -> api.create(jwt, AgreementForm.body(form, settings.timeZone()), exchange))
                .map(created -> Rendering.redirectTo("/console/agreements/"
                        + ((Map<?, ?>) created.getBody()).get("agreementId") + "?done=agreementCreated").build())
                .onErrorResume(e -> list(jwt, AgreementForm.typed(form), refusals.of(e, "create", exchange))));
    }

    @GetMapping("/console/agreements/{agreementId}")
    public Mono<Rendering> agreement(@AuthenticationPrincipal Jwt jwt, @PathVariable String agreementId,
                                     @RequestParam(required = false) String done) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return page(jwt, agreementId, null, null, done);
    }

    @PostMapping("/console/agreements/{agreementId}/{action:amend|revoke}")
    public Mono<Rendering> act(@AuthenticationPrincipal Jwt jwt, @PathVariable String agreementId,
                               @PathVariable String action, ServerWebExchange exchange) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return exchange.getFormData().map(ConsoleForms.Action::new).flatMap(form -> find(jwt, agreementId)
                .then(Mono.defer(() -> action.equals("amend")
                        ? api.amend(jwt, agreementId, AgreementForm.body(form, settings.timeZone()), exchange)
                        : api.revoke(jwt, agreementId, new ReasonBody(form.text("reason")), exchange)))
                .thenReturn(Rendering.redirectTo("/console/agreements/" + agreementId + "?done=agreement-" + action).build())
                .onErrorResume(e -> {
                    var refusal = refusals.of(e, action, exchange);
                    return refusal.status() == 404 ? Mono.error(e) : page(jwt, agreementId, refusal, form, null);
                }));
    }

    private Mono<Rendering> list(Jwt jwt, AgreementForm typed, ConsoleRefusals.Refusal refusal) {
        return Mono.defer(() -> api.list(jwt)).map(all -> Rendering.view("console/agreements")
                .status(refusal == null ? HttpStatus.OK : HttpStatus.valueOf(refusal.status()))
                .modelAttribute("agreements", all.agreements()).modelAttribute("terms", typed)
                .modelAttribute("refusal", refusal)
                .modelAttribute("eventTypes", AgreementForm.EVENT_TYPES)
                .modelAttribute("identifierPolicies", List.of(IdentifierPolicy.values())).build());
    }

    private Mono<Rendering> page(Jwt jwt, String agreementId, ConsoleRefusals.Refusal refusal,
                                 ConsoleForms.Action typed, String done) {
        return find(jwt, agreementId).zipWith(Mono.defer(() -> webhooks.webhooks(jwt, agreementId)))
                .map(t -> Rendering.view("console/agreement")
                        .status(refusal == null ? HttpStatus.OK : HttpStatus.valueOf(refusal.status()))
                        .modelAttribute("agreement", t.getT1()).modelAttribute("webhooks", t.getT2().webhooks())
                        .modelAttribute("terms", refusal != null && refusal.on("amend") ? AgreementForm.typed(typed)
                                : AgreementForm.of(t.getT1(), settings.timeZone()))
                        .modelAttribute("values", typed == null ? null : typed.fields())
                        .modelAttribute("refusal", refusal).modelAttribute("done", done)
                        .modelAttribute("eventTypes", AgreementForm.EVENT_TYPES)
                        .modelAttribute("identifierPolicies", List.of(IdentifierPolicy.values())).build());
    }

    /** The agreement as the API lists it; one it does not list is the console's 404 page. */
    private Mono<AgreementView> find(Jwt jwt, String agreementId) {
        return Mono.defer(() -> api.list(jwt)).flatMapIterable(list -> list.agreements())
                .filter(a -> a.agreementId().value().equals(agreementId)).next()
                .switchIfEmpty(Mono.error(new UnknownResourceException(ErrorCode.NOT_FOUND, "No agreement " + agreementId)));
    }
}
