package org.setu.api.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.sharing.AgreementList;
import org.setu.kernel.sharing.FindAgreementsQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.sharing.WebhookChangedEvent;

/**
 * A partner's webhooks: register (the signing secret is shown once), list, remove, rotate the secret, and read the
 * delivery log and dead letters, redelivering one on request. Deliveries themselves run in the background.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Partners")
@SecurityRequirement(name = "bearer")
public class WebhookController {

    private final WebhookRegistry registry;
    private final WebhookUrls urls;
    private final ApiQueries queries;
    private final EventGateway events;
    private final int maxPerPartner;

    public WebhookController(WebhookRegistry registry, WebhookUrls urls, ApiQueries queries,
                             EventGateway events,
                             WebhookSettings settings) {
        this.maxPerPartner = settings.maxPerPartner();
        this.registry = registry;
        this.urls = urls;
        this.queries = queries;
        this.events = events;
    }

    /** Records where a partner's data goes (or stops going) in the audit trail. */
    private void audit(Jwt jwt, String webhookId, String change, String url) {
        URI uri = URI.create(url);
        String destination = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        Caller caller = Caller.of(jwt);
        events.publish(new WebhookChangedEvent(webhookId, caller.staffId().value(), change,
                destination, new Stamp(new CommandId(
                UUID.randomUUID().toString()), caller.actor(), Instant.now())));
    }

    private String urlOf(String partner, String webhookId) {
        return registry.list(partner).stream().filter(w -> w.webhookId().equals(webhookId)).map(
                WebhookRegistry.Subscription::url).findFirst().orElse("https://unknown");
    }

    /** {@code POST /api/v1/webhooks}. */
    public record Registration(String url) {
    }

    @PostMapping
    @Operation(summary = "Register a webhook URL (PARTNER with an agreement in force); returns its secret once")
    public Mono<ResponseEntity<Object>> register(@AuthenticationPrincipal Jwt jwt, @RequestBody Registration body) {
        String partner = partner(jwt);
        Instant now = Instant.now();
        return queries.ask(new FindAgreementsQuery(partner), AgreementList.class)
                .filter(list -> list.inForce(now).isPresent())
                .switchIfEmpty(Mono.error(new ForbiddenActionException(ErrorCode.NO_AGREEMENT,
                        "Partner " + partner + " has no data-sharing agreement in force")))
                .flatMap(ok -> blocking(() -> {
                    URI url = urls.check(body.url());
                    var created = registry.register(partner, url);
                    // Counted after the insert, so parallel registrations cannot both slip under the cap.
                    if (registry.list(partner).size() > maxPerPartner) {
                        registry.remove(partner, created.webhookId());
                        throw new RuleViolationException(ErrorCode.WEBHOOK_LIMIT_REACHED, "A partner may register at most "
                                + maxPerPartner + " webhooks (setu.webhooks.max-per-partner): remove one first");
                    }
                    audit(jwt, created.webhookId(), "REGISTERED", url.toString());
                    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/webhooks/" + created.webhookId()))
                            .body((Object) Map.of("webhookId", created.webhookId(), "secret", created.secret()));
                }));
    }

    @GetMapping
    @Operation(summary = "The caller's webhooks (PARTNER)")
    public Mono<Map<String, List<WebhookRegistry.Subscription>>> list(@AuthenticationPrincipal Jwt jwt) {
        String partner = partner(jwt);
        return blocking(() -> Map.of("webhooks", registry.list(partner)));
    }

    @DeleteMapping("/{webhookId}")
    @Operation(summary = "Remove a webhook (PARTNER)")
    public Mono<ResponseEntity<Void>> remove(@AuthenticationPrincipal Jwt jwt, @PathVariable String webhookId) {
        String partner = partner(jwt);
        return blocking(() -> {
            String url = urlOf(partner, webhookId);
            registry.remove(partner, webhookId);
            audit(jwt, webhookId, "REMOVED", url);
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/{webhookId}/rotate-secret")
    @Operation(summary = "A new signing secret; the old one also signs until previousValidUntil (PARTNER)")
    public Mono<Map<String, Object>> rotate(@AuthenticationPrincipal Jwt jwt, @PathVariable String webhookId) {
        String partner = partner(jwt);
        return blocking(() -> {
            var created = registry.rotateSecret(partner, webhookId);
            audit(jwt, webhookId, "SECRET_ROTATED", urlOf(partner, webhookId));
            return Map.of("webhookId", created.webhookId(), "secret", created.secret(),
                    "previousValidUntil", created.previousValidUntil().toString());
        });
    }

    @GetMapping("/{webhookId}/deliveries")
    @Operation(summary = "The delivery log, newest first (PARTNER)")
    public Mono<Map<String, List<WebhookRegistry.Delivery>>> deliveries(@AuthenticationPrincipal Jwt jwt,
                                                                        @PathVariable String webhookId,
                                                                        @RequestParam(defaultValue = "50") int limit) {
        String partner = partner(jwt);
        int bounded = Math.max(1, Math.min(limit, 500));
        return blocking(() -> Map.of("deliveries", registry.deliveries(partner, webhookId, bounded)));
    }

    @GetMapping("/{webhookId}/dead-letters")
    @Operation(summary = "Deliveries given up after the last retry (PARTNER)")
    public Mono<Map<String, List<WebhookRegistry.DeadLetter>>> deadLetters(@AuthenticationPrincipal Jwt jwt,
                                                                           @PathVariable String webhookId) {
        String partner = partner(jwt);
        return blocking(() -> Map.of("deadLetters", registry.deadLetters(partner, webhookId)));
    }

    @PostMapping("/{webhookId}/dead-letters/{position}/redeliver")
    @Operation(summary = "Deliver a dead letter once more, ahead of the normal order (PARTNER)")
    public Mono<ResponseEntity<Void>> redeliver(@AuthenticationPrincipal Jwt jwt, @PathVariable String webhookId,
                                                @PathVariable long position) {
        String partner = partner(jwt);
        return blocking(() -> {
            registry.redeliver(partner, webhookId, position);
            return ResponseEntity.accepted().build();
        });
    }

    private static String partner(Jwt jwt) {
        return Caller.of(jwt).require(Role.PARTNER).staffId().value();
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
