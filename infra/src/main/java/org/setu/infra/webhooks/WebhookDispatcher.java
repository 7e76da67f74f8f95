package org.setu.infra.webhooks;

import org.setu.api.webhooks.WebhookSettings;
import com.mongodb.client.MongoCollection;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.setu.api.partners.PartnerEvent;
import org.setu.api.partners.PartnerEvents;
import org.setu.api.webhooks.WebhookUrls;
import org.setu.kernel.sharing.AgreementList;
import org.setu.kernel.sharing.FeedBatch;
import org.setu.kernel.sharing.FeedEntry;
import org.setu.kernel.sharing.FindAgreementsQuery;
import org.setu.kernel.sharing.PartnerScope;
import org.setu.kernel.sharing.FindFeedQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers each webhook subscription's feed, one message at a time and in feed order; the rules are the pure
 * decisions of {@link Deliveries} and this class only reads their inputs and carries out their answers. A
 * subscription is worked on by one node at a time (a lease on its document) and by one step at a time on this node:
 * a step is one chain of asynchronous stages (agreement, feed, HTTP call, record), and the subscription is free again
 * when the chain completes, whichever thread completes it. Queries are composed, never joined. Before each call the
 * URL's host is resolved once and every address checked ({@link WebhookUrls#target}); the call connects to that
 * checked address ({@link PinnedDelivery}).
 */
public class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final CompletableFuture<Boolean> NOTHING_SENT = CompletableFuture.completedFuture(false);

    private final SubscriptionStore store;
    private final SubscriptionLeases leases;
    private final QueryGateway queries;
    private final PartnerEvents events;
    private final Clock clock;
    private final Duration poll;
    private final Duration leaseTerm;
    private final Set<String> stepping = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> thread(r, "setu-webhooks"));
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> thread(r, "setu-webhook-worker"));
    private final WebhookCalls calls;

    public WebhookDispatcher(MongoWebhooks registry, MongoCollection<Document> leases, QueryGateway queries,
                             PartnerEvents events, WebhookUrls urls, WebhookSettings settings, Clock clock,
                             String node, Duration leaseTerm) {
        this.store = registry.subscriptions();
        this.leases = new SubscriptionLeases(leases, clock, leaseTerm, node);
        this.leaseTerm = leaseTerm;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
        this.poll = settings.poll();
        this.calls = new WebhookCalls(store, urls, new PinnedDelivery(settings.timeout()), Deliveries.of(settings),
                clock, workers);
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public void start() {
        long every = poll.toMillis();
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
        // A delivery can outlast the lease term (HTTP timeout): the leases of steps under way are renewed meanwhile.
        long renew = Math.max(1, leaseTerm.toMillis() / 4);
        ticker.scheduleWithFixedDelay(this::renewLeases, renew, renew, TimeUnit.MILLISECONDS);
    }

    private void renewLeases() {
        for (String id : stepping) {
            try {
                leases.hold(id);
            } catch (RuntimeException e) {
                LOG.warn("Webhook {}: could not renew the lease; renewed at the next beat", id, e);
            }
        }
    }

    private void tick() {
        try {
            store.ids().forEach(this::submit);
        } catch (RuntimeException e) {
            LOG.warn("Webhook scan failed; retried at the next tick", e);
        }
    }

    /** Starts a step unless one is running; a step that delivered starts the next at once (draining the backlog). */
    private void submit(String id) {
        if (!stepping.add(id)) {
            return;
        }
        CompletableFuture.supplyAsync(() -> step(id), workers).thenCompose(step -> step).whenComplete((sent, failure) -> {
            stepping.remove(id);
            if (failure != null) {
                LOG.warn("Webhook {}: step failed; retried at the next tick", id, failure);
            } else if (sent) {
                submit(id);
            }
        });
    }

    /** One step; completes with true when a delivery was accepted. */
    private CompletableFuture<Boolean> step(String id) {
        Subscription subscription = store.subscription(id);
        if (subscription == null || !leases.hold(id)) {
            return NOTHING_SENT;
        }
        return scope(subscription.partner()).thenCompose(scope -> {
            Next next = Deliveries.next(subscription, scope.isPresent(), clock.instant());
            if (next instanceof Next.Deliver deliver) {
                return entryAt(deliver.attempt().position()).thenCompose(entry -> entry
                        .map(found -> send(subscription, scope.get(), found, deliver.attempt()))
                        .orElse(NOTHING_SENT));
            }
            if (next instanceof Next.ReadFeed read) {
                return feedAfter(read.after()).thenCompose(batch -> sendFirstVisible(subscription, scope.get(), batch));
            }
            return NOTHING_SENT; // Stop (no agreement in force) or WaitUntil (backoff not over): the next tick looks again
        });
    }

    private CompletableFuture<Boolean> sendFirstVisible(Subscription subscription, PartnerScope scope,
                                                        List<FeedEntry> batch) {
        Optional<PartnerEvent> first = events.visible(scope, batch).findFirst();
        long skippedTo = Deliveries.skippedTo(subscription.cursor(), batch,
                first.map(e -> OptionalLong.of(e.position())).orElse(OptionalLong.empty()));
        if (skippedTo > subscription.cursor()) {
            store.advance(subscription.id(), skippedTo);
        }
        return first.map(event -> calls.send(subscription, event, Next.Attempt.first(event.position())))
                .orElse(NOTHING_SENT);
    }

    /** A retry or redelivery, rendered under today's agreements: an entry none of them covers is passed over. */
    private CompletableFuture<Boolean> send(Subscription subscription, PartnerScope scope, FeedEntry entry,
                                            Next.Attempt attempt) {
        Optional<PartnerEvent> event = events.visible(scope, List.of(entry)).findFirst();
        if (event.isEmpty()) {
            // A redelivery asked for what the agreement no longer covers stays a dead letter, no longer queued; the
            // cursor stays where it is (moving it back would resend, and a queued redelivery would be picked forever).
            if (attempt.redelivery()) {
                store.redeliveryFailed(subscription.id(), entry.position(), "no longer covered by the partner's agreements");
            } else {
                store.advance(subscription.id(), entry.position());
            }
            return NOTHING_SENT;
        }
        return calls.send(subscription, event.get(), attempt);
    }

    private CompletableFuture<Optional<FeedEntry>> entryAt(long position) {
        return feedAfter(position - 1, 1).thenApply(entries -> entries.stream()
                .filter(e -> e.position() == position).findFirst());
    }

    private CompletableFuture<List<FeedEntry>> feedAfter(long cursor) {
        return feedAfter(cursor, 100);
    }

    private CompletableFuture<List<FeedEntry>> feedAfter(long cursor, int limit) {
        return queries.query(new FindFeedQuery(cursor, limit), FeedBatch.class).thenApply(FeedBatch::entries);
    }

    private CompletableFuture<Optional<PartnerScope>> scope(String partner) {
        return queries.query(new FindAgreementsQuery(partner), AgreementList.class)
                .thenApply(list -> list.inForce(clock.instant()));
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        workers.shutdownNow();
    }
}
