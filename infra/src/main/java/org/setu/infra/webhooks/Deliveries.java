package org.setu.infra.webhooks;

import org.setu.api.webhooks.WebhookSettings;
import org.setu.kernel.sharing.FeedEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The webhook delivery rules as pure decisions, with no I/O: what a subscription does next, how far a feed batch
 * moves its cursor, and what an attempt's result leads to (retry with backoff and jitter, dead letter and move on).
 * The order is fixed: queued redeliveries first, then the pending retry (when due), then new entries in feed order.
 */
final class Deliveries {

    private final int maxAttempts;
    private final Duration backoffBase;
    private final Duration backoffMax;

    Deliveries(int maxAttempts, Duration backoffBase, Duration backoffMax) {
        this.maxAttempts = maxAttempts;
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
    }

    static Deliveries of(WebhookSettings settings) {
        return new Deliveries(settings.maxAttempts(), settings.backoffBase(), settings.backoffMax());
    }

    /** What the subscription does now; the agreement is checked before anything else, redeliveries included. */
    static Next next(Subscription subscription, boolean agreementInForce, Instant now) {
        if (!agreementInForce) {
            return new Next.Stop();
        }
        if (!subscription.redeliveries().isEmpty()) {
            return new Next.Deliver(new Next.Attempt(subscription.redeliveries().get(0), 1, true));
        }
        if (subscription.pending().isPresent()) {
            Subscription.Pending pending = subscription.pending().get();
            return pending.next().isAfter(now) ? new Next.WaitUntil(pending.next())
                    : new Next.Deliver(new Next.Attempt(pending.position(), pending.attempts() + 1, false));
        }
        return new Next.ReadFeed(subscription.cursor());
    }

    /**
     * Where the cursor stands before delivering {@code visible} (the first entry of the batch the partner sees), or
     * after the whole batch when it sees none: entries it does not see are passed over, never delivered.
     */
    static long skippedTo(long cursor, List<FeedEntry> batch, OptionalLong visible) {
        long skipped = cursor;
        for (FeedEntry entry : batch) {
            if (visible.isPresent() && entry.position() == visible.getAsLong()) {
                return skipped;
            }
            skipped = entry.position();
        }
        return skipped;
    }

    /**
     * What an attempt's result leads to. {@code jitter} in [0, 1) spreads retries of many subscriptions apart.
     */
    Outcome after(Next.Attempt attempt, boolean accepted, Instant now, double jitter) {
        if (accepted) {
            return new Outcome.Delivered(attempt);
        }
        if (attempt.redelivery()) {
            return new Outcome.RedeliveryFailed(attempt);
        }
        if (attempt.number() >= maxAttempts) {
            return new Outcome.DeadLetter(attempt);
        }
        return new Outcome.RetryAt(attempt, now.plus(backoff(attempt.number(), jitter)));
    }

    /** Exponential backoff with jitter: base·2^(attempt-1), capped, then scaled by a factor in [0.5, 1). */
    Duration backoff(int attempt, double jitter) {
        long base = backoffBase.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, backoffMax.toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + jitter / 2)));
    }
}
