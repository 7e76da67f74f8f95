package org.setu.api.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Partners' webhook subscriptions, their delivery log and dead letters. Every call is scoped to one partner: another
 * partner's subscription is reported as not found. Calls block: run them off the event loop.
 */
public interface WebhookRegistry {

    /** Registers a URL (already checked by {@link WebhookUrls}); the secret is shown once, here. */
    Created register(String partner, URI url);

    List<Subscription> list(String partner);

    void remove(String partner, String webhookId);

    /** A new secret; the previous one keeps signing (a second signature) until {@code previousValidUntil}. */
    Created rotateSecret(String partner, String webhookId);

    List<Delivery> deliveries(String partner, String webhookId, int limit);

    List<DeadLetter> deadLetters(String partner, String webhookId);

    /** Queues a dead letter for one more delivery, ahead of the subscription's normal order. */
    void redeliver(String partner, String webhookId, long position);

    record Created(String webhookId, String secret, Instant previousValidUntil) {
    }

    record Subscription(String webhookId, String url, long deliveredUpTo, Instant createdAt) {
    }

    /** One attempt: its outcome (DELIVERED, FAILED, DEAD_LETTERED, REDELIVERED), HTTP status or error, duration. */
    record Delivery(String webhookId, long position, String messageId, int attempt, String outcome, Integer status,
                    String error, Instant at, long millis) {
    }

    record DeadLetter(String webhookId, long position, String messageId, int attempts, String lastError, Instant at,
                      boolean redeliveryQueued) {
    }
}
