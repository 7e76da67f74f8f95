package org.setu.infra.webhooks;

import java.time.Duration;

/**
 * Webhook delivery tuning ({@code setu.webhooks.*}): how often subscriptions are looked at, the HTTP timeout, how many
 * attempts before a dead letter, the backoff's base and cap, and how long a rotated-out secret keeps signing.
 */
public record WebhookSettings(Duration poll, Duration timeout, int maxAttempts, Duration backoffBase,
                              Duration backoffMax, Duration rotationOverlap) {
}
