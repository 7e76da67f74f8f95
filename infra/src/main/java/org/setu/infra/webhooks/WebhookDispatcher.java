package org.setu.infra.webhooks;

import com.mongodb.client.MongoCollection;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.setu.api.feeds.PartnerEvents;
import org.setu.api.webhooks.WebhookUrls;
import org.setu.kernel.sharing.AgreementList;
import org.setu.kernel.sharing.AgreementView;
import org.setu.kernel.sharing.FeedBatch;
import org.setu.kernel.sharing.FeedEntry;
import org.setu.kernel.sharing.FindAgreementsQuery;
import org.setu.kernel.sharing.FindFeedQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Delivers each webhook subscription's feed, one message at a time and in feed order: signed per Standard Webhooks,
 * retried with exponential backoff and jitter, dead-lettered after the last attempt (and the subscription moves on),
 * logged. HTTP calls are asynchronous with a timeout, so a slow or broken receiver only delays its own subscription.
 * A subscription is worked on by one node at a time (a lease on its document); the agreement is checked before every
 * delivery, so a revocation stops deliveries at once. Before each call the URL's host is resolved once and every
 * address checked ({@link WebhookUrls#target}); the call connects to that checked address ({@link PinnedDelivery}).
 */
public class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final MongoWebhooks store;
    private final SubscriptionLeases leases;
    private final QueryGateway queries;
    private final PartnerEvents events;
    private final WebhookUrls urls;
    private final WebhookSettings settings;
    private final Clock clock;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final PinnedDelivery http;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> thread(r, "setu-webhooks"));
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> thread(r, "setu-webhook-worker"));

    public WebhookDispatcher(MongoWebhooks store, MongoCollection<Document> leases, QueryGateway queries,
                             PartnerEvents events, WebhookUrls urls, WebhookSettings settings, Clock clock) {
        this.store = store;
        this.leases = new SubscriptionLeases(leases, clock, Duration.ofSeconds(60));
        this.queries = queries;
        this.events = events;
        this.urls = urls;
        this.settings = settings;
        this.clock = clock;
        this.http = new PinnedDelivery(settings.timeout());
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public void start() {
        long every = settings.poll().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            for (Document hook : store.all()) {
                submit(hook.getString("_id"));
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook scan failed; retried at the next tick", e);
        }
    }

    private void submit(String id) {
        if (busy.add(id)) {
            workers.execute(() -> {
                boolean handedOver = false;
                try {
                    handedOver = step(id);
                } catch (RuntimeException e) {
                    LOG.warn("Webhook {}: step failed; retried at the next tick", id, e);
                } finally {
                    if (!handedOver) {
                        busy.remove(id);
                    }
                }
            });
        }
    }

    /** One delivery for the subscription; true when an HTTP call is in flight (it releases the subscription). */
    private boolean step(String id) {
        Document hook = store.find(id);
        if (hook == null || !leases.hold(id)) {
            return false;
        }
        Optional<AgreementView> agreement = agreement(hook.getString("partner"));
        if (agreement.isEmpty()) {
            return false;
        }
        List<Document> redo = store.queuedRedeliveries(id);
        if (!redo.isEmpty()) {
            long position = redo.get(0).getLong("position");
            return entryAt(position).map(entry -> send(hook, agreement.get(), entry, 1, true)).orElse(false);
        }
        Document pending = hook.get("pending", Document.class);
        if (pending != null) {
            if (pending.getDate("next").toInstant().isAfter(clock.instant())) {
                return false;
            }
            long position = pending.getLong("position");
            return entryAt(position).map(entry -> send(hook, agreement.get(), entry, pending.getInteger("attempts") + 1,
                    false)).orElse(false);
        }
        long cursor = hook.getLong("cursor");
        FeedBatch batch = queries.query(new FindFeedQuery(cursor, 100), ResponseTypes.instanceOf(FeedBatch.class)).join();
        long skipped = cursor;
        for (FeedEntry entry : batch.entries()) {
            if (PartnerEvents.allows(agreement.get(), entry)) {
                if (skipped > cursor) {
                    store.advance(id, skipped);
                }
                return send(hook, agreement.get(), entry, 1, false);
            }
            skipped = entry.position();
        }
        if (skipped > cursor) {
            store.advance(id, skipped);
        }
        return false;
    }

    private boolean send(Document hook, AgreementView agreement, FeedEntry entry, int attempt, boolean redelivery) {
        String id = hook.getString("_id");
        Optional<String> body = events.render(agreement, entry);
        if (body.isEmpty()) { // no longer covered by the (amended) agreement: skip it
            store.advance(id, entry.position());
            return false;
        }
        long timestamp = clock.instant().getEpochSecond();
        WebhookUrls.Target target;
        Map<String, String> headers;
        try {
            target = urls.target(hook.getString("url")); // resolved once, every address checked, connected to as checked
            headers = Map.of("Content-Type", "application/cloudevents+json; charset=UTF-8",
                    "User-Agent", "Setu-Webhooks/1",
                    "webhook-id", entry.eventId(),
                    "webhook-timestamp", Long.toString(timestamp),
                    "webhook-signature", WebhookSignature.header(store.signingSecrets(hook), entry.eventId(), timestamp,
                            body.get()));
        } catch (RuntimeException refused) {
            outcome(id, entry, attempt, redelivery, null, "refused: " + refused.getMessage(), 0);
            return false;
        }
        long started = System.nanoTime();
        http.post(target, headers, body.get()).whenCompleteAsync((status, failure) -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            try {
                if (failure == null && status / 100 == 2) {
                    store.log(id, entry.position(), entry.eventId(), attempt, redelivery ? "REDELIVERED" : "DELIVERED",
                            status, null, millis);
                    if (redelivery) {
                        store.redelivered(id, entry.position());
                    } else {
                        store.advance(id, entry.position());
                    }
                } else {
                    String error = failure == null ? "HTTP " + status : failure.getClass().getSimpleName()
                            + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
                    outcome(id, entry, attempt, redelivery, failure == null ? status : null, error, millis);
                }
            } catch (RuntimeException e) {
                LOG.warn("Webhook {}: recording the outcome of position {} failed", id, entry.position(), e);
            } finally {
                busy.remove(id);
            }
            if (failure == null && status / 100 == 2) {
                submit(id); // drain the backlog without waiting for the next tick
            }
        }, workers);
        return true;
    }

    private void outcome(String id, FeedEntry entry, int attempt, boolean redelivery, Integer status, String error,
                         long millis) {
        store.log(id, entry.position(), entry.eventId(), attempt, "FAILED", status, error, millis);
        if (redelivery) {
            store.redeliveryFailed(id, entry.position(), error);
        } else if (attempt >= settings.maxAttempts()) {
            store.deadLetter(id, entry.position(), entry.eventId(), attempt, error);
            store.log(id, entry.position(), entry.eventId(), attempt, "DEAD_LETTERED", status, error, 0);
            store.advance(id, entry.position());
            LOG.warn("Webhook {}: position {} dead-lettered after {} attempts ({})", id, entry.position(), attempt, error);
        } else {
            store.pending(id, entry.position(), attempt, clock.instant().plus(backoff(attempt)));
        }
    }

    /** Exponential backoff with jitter: base·2^(attempt-1), capped, then scaled by a random factor in [0.5, 1). */
    Duration backoff(int attempt) {
        long base = settings.backoffBase().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, settings.backoffMax().toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble() / 2)));
    }

    private Optional<FeedEntry> entryAt(long position) {
        FeedBatch batch = queries.query(new FindFeedQuery(position - 1, 1), ResponseTypes.instanceOf(FeedBatch.class)).join();
        return batch.entries().stream().filter(e -> e.position() == position).findFirst();
    }

    private Optional<AgreementView> agreement(String partner) {
        Instant now = clock.instant();
        AgreementList list = queries.query(new FindAgreementsQuery(partner), ResponseTypes.instanceOf(AgreementList.class)).join();
        return list.inForce(now);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        workers.shutdownNow();
    }
}
