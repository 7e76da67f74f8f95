package org.setu.infra.webhooks;

import org.setu.api.partners.PartnerEvent;
import org.setu.api.webhooks.WebhookUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One attempt to deliver one event: signed per Standard Webhooks, posted asynchronously with a timeout to the checked
 * address of the subscription's URL, its result logged and turned into an {@link Outcome} by {@link Deliveries#after},
 * which is then stored. A URL refused at call time counts as a failed attempt.
 */
final class WebhookCalls {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookCalls.class);

    private final SubscriptionStore store;
    private final WebhookUrls urls;
    private final PinnedDelivery http;
    private final Deliveries deliveries;
    private final Clock clock;
    private final Executor workers;

    WebhookCalls(SubscriptionStore store, WebhookUrls urls, PinnedDelivery http, Deliveries deliveries, Clock clock,
                 Executor workers) {
        this.store = store;
        this.urls = urls;
        this.http = http;
        this.deliveries = deliveries;
        this.clock = clock;
        this.workers = workers;
    }

    /** Completes with true when the receiver accepted the event (2xx); the outcome is stored either way. */
    CompletableFuture<Boolean> send(Subscription subscription, PartnerEvent event, Next.Attempt attempt) {
        long timestamp = clock.instant().getEpochSecond();
        WebhookUrls.Target target;
        Map<String, String> headers;
        try {
            target = urls.target(subscription.url()); // resolved once, every address checked, connected to as checked
            headers = Map.of("Content-Type", "application/cloudevents+json; charset=UTF-8",
                    "User-Agent", "Setu-Webhooks/1",
                    "webhook-id", event.eventId(),
                    "webhook-timestamp", Long.toString(timestamp),
                    "webhook-signature", WebhookSignature.header(store.signingSecrets(subscription), event.eventId(),
                            timestamp, event.json()));
        } catch (RuntimeException refused) {
            record(subscription, event, attempt, null, "refused: " + refused.getMessage(), 0);
            return CompletableFuture.completedFuture(false);
        }
        long started = System.nanoTime();
        return http.post(target, headers, event.json()).handleAsync((status, failure) -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            boolean accepted = failure == null && status / 100 == 2;
            String error = accepted ? null : failure == null ? "HTTP " + status : failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
            try {
                record(subscription, event, attempt, failure == null ? status : null, error, millis);
            } catch (RuntimeException e) {
                LOG.warn("Webhook {}: recording the outcome of position {} failed", subscription.id(), event.position(), e);
            }
            return accepted;
        }, workers);
    }

    /** Logs the attempt, then stores what {@link Deliveries#after} makes of it; {@code error} is null when accepted. */
    private void record(Subscription subscription, PartnerEvent event, Next.Attempt attempt, Integer status,
                        String error, long millis) {
        String id = subscription.id();
        boolean accepted = error == null;
        String logged = !accepted ? "FAILED" : attempt.redelivery() ? "REDELIVERED" : "DELIVERED";
        store.log(id, event.position(), event.eventId(), attempt.number(), logged, status, error, millis);
        Outcome outcome = deliveries.after(attempt, accepted, clock.instant(), ThreadLocalRandom.current().nextDouble());
        if (outcome instanceof Outcome.Delivered) {
            if (attempt.redelivery()) {
                store.redelivered(id, event.position());
            } else {
                store.advance(id, event.position());
            }
        } else if (outcome instanceof Outcome.RedeliveryFailed) {
            store.redeliveryFailed(id, event.position(), error);
        } else if (outcome instanceof Outcome.DeadLetter) {
            store.deadLetter(id, event.position(), event.eventId(), attempt.number(), error);
            store.log(id, event.position(), event.eventId(), attempt.number(), "DEAD_LETTERED", status, error, 0);
            store.advance(id, event.position());
            LOG.warn("Webhook {}: position {} dead-lettered after {} attempts ({})", id, event.position(),
                    attempt.number(), error);
        } else if (outcome instanceof Outcome.RetryAt retry) {
            store.pending(id, event.position(), attempt.number(), retry.at());
        }
    }
}
