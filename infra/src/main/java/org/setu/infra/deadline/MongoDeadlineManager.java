package org.setu.infra.deadline;

import org.axonframework.common.IdentifierFactory;
import org.axonframework.deadline.AbstractDeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import com.mongodb.client.MongoDatabase;
import org.axonframework.messaging.ScopeAware;

/**
 * A deadline manager whose deadlines live in MongoDB ({@link DeadlineStore}), so they survive restarts and work
 * with several instances: every node polls the due minutes, and a unique-key claim lets exactly one of them fire
 * each deadline. Axon's SimpleDeadlineManager keeps deadlines in memory only. See docs/decisions/0003-deadlines.md.
 */
public final class MongoDeadlineManager extends AbstractDeadlineManager {

    private static final Logger LOG = LoggerFactory.getLogger(MongoDeadlineManager.class);
    /** Nodes whose clocks differ by less than this still never schedule behind the cursor. */
    static final long CURSOR_LAG_MINUTES = 2;

    private final DeadlineStore store;
    private final ScopeAwareProvider scopes;
    private final Serializer serializer;
    private final Clock clock;
    private final Duration lease;
    private final Duration retryAfter;
    private final String node;
    private static final Duration CLAIM_RETENTION = Duration.ofDays(1);
    private ScheduledExecutorService poller;
    private long lastPurge;

    public MongoDeadlineManager(MongoDatabase database, ScopeAwareProvider scopes,
                                Serializer serializer, Clock clock, Duration lease) {
        this(database, scopes, serializer, clock, lease, lease, IdentifierFactory.getInstance().generateIdentifier());
    }

    /**
     * @param lease      a claim's window: a node that died holding a claim leaves the deadline to the next window
     * @param retryAfter how long a deadline whose handler failed is left alone (by every node)
     * @param node       who claims (the node's stable identity; recorded with each claim)
     */
    public MongoDeadlineManager(MongoDatabase database, ScopeAwareProvider scopes, Serializer serializer, Clock clock,
                                Duration lease, Duration retryAfter, String node) {
        this.store = new DeadlineStore(database);
        this.scopes = scopes;
        this.serializer = serializer;
        this.clock = clock;
        this.lease = lease;
        this.retryAfter = retryAfter;
        this.node = node;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload, ScopeDescriptor scope) {
        DeadlineMessage<Object> message = processDispatchInterceptors(
                GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload, triggerDateTime));
        String id = IdentifierFactory.getInstance().generateIdentifier();
        SerializedObject<String> payload = serializer.serialize(message.getPayload(), String.class);
        SerializedObject<String> scopeData = serializer.serialize(portable(scope), String.class);
        Document deadline = new Document("_id", id)
                .append("name", deadlineName)
                .append("due", triggerDateTime.toEpochMilli())
                .append("messageId", message.getIdentifier())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", serializer.serialize(message.getMetaData(), String.class).getData())
                .append("scopeType", scopeData.getType().getName())
                .append("scope", scopeData.getData());
        long bucket = Math.max(minuteOf(triggerDateTime.toEpochMilli()), minuteOf(clock.millis()));
        runOnPrepareCommitOrNow(() -> {
            store.ensureCursor(bucket);
            store.insert(deadline, bucket, group(deadlineName, scope));
        });
        return id;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        runOnPrepareCommitOrNow(() -> store.delete(scheduleId));
    }

    @Override
    public void cancelAll(String deadlineName) {
        runOnPrepareCommitOrNow(() -> store.idsNamed(deadlineName).forEach(store::delete));
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        String group = group(deadlineName, scope);
        runOnPrepareCommitOrNow(() -> {
            store.scopeGroup(group).forEach(store::delete);
            store.dropScopeGroup(group);
        });
    }

    private static String group(String name, ScopeDescriptor scope) {
        return name + "|" + portable(scope).scopeDescription();
    }

    /** An aggregate scope whose identifier is a typed id would not survive JSON: keep its string form. */
    private static ScopeDescriptor portable(ScopeDescriptor scope) {
        if (scope instanceof AggregateScopeDescriptor aggregate) {
            return new AggregateScopeDescriptor(aggregate.getType(), aggregate.getIdentifier().toString());
        }
        return scope;
    }

    private static long minuteOf(long millis) {
        return millis / 60_000;
    }

    public synchronized void start(Duration pollInterval) {
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "setu-deadlines"));
            poller.scheduleWithFixedDelay(this::pollSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void shutdown() {
        if (poller != null) {
            poller.shutdown();
            try {
                poller.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            poller = null;
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Polling deadlines failed; will retry: {}", e.toString());
        }
    }

    /** Fires every due deadline from the cursor's minute up to now; returns how many fired here. */
    public int poll() {
        long now = clock.millis();
        if (now - lastPurge > CLAIM_RETENTION.toMillis() / 24) {
            store.purgeClaimsOlderThan(now - CLAIM_RETENTION.toMillis());
            lastPurge = now;
        }
        long nowMinute = minuteOf(now);
        store.ensureCursor(nowMinute - CURSOR_LAG_MINUTES);
        long cursor = store.cursor().orElse(nowMinute - CURSOR_LAG_MINUTES);
        int fired = 0;
        boolean complete = true;
        for (long minute = cursor; minute <= nowMinute; minute++) {
            List<String> ids = store.bucket(minute);
            List<String> gone = new ArrayList<>();
            for (String id : ids) {
                var deadline = store.find(id);
                if (deadline.isEmpty()) {
                    gone.add(id);
                } else if (due(deadline.get(), now)) {
                    fired += fireIfClaimed(deadline.get(), now) ? 1 : 0;
                }
            }
            if (!gone.isEmpty()) {
                store.removeFromBucket(minute, gone);
            }
            boolean empty = gone.size() == ids.size();
            if (complete && empty && minute < nowMinute - CURSOR_LAG_MINUTES) {
                store.dropBucket(minute);
                store.moveCursor(minute + 1);
            } else {
                complete = false;
            }
        }
        return fired;
    }

    /** Due, and not held back after its handler failed. */
    private static boolean due(Document deadline, long now) {
        Long notBefore = deadline.getLong("notBefore");
        return deadline.getLong("due") <= now && (notBefore == null || notBefore <= now);
    }

    private boolean fireIfClaimed(Document deadline, long now) {
        String id = deadline.getString("_id");
        long window = Math.max(0, (now - deadline.getLong("due")) / lease.toMillis());
        if (!store.claim(id, window, node, now)) {
            return false;
        }
        try {
            fire(deadline);
        } catch (Exception e) {
            // No node tries it again before retryAfter (the claim alone would only hold it back for one lease window).
            store.deferUntil(id, now + retryAfter.toMillis());
            LOG.error("Deadline {} ({}) failed; it will be retried in {}", id, deadline.getString("name"), retryAfter, e);
            return false;
        }
        // The claim stays after success too: a node that read this deadline before it was deleted must not fire it again.
        store.delete(id);
        return true;
    }

    private void fire(Document d) throws Exception {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(d.getString("payload"), String.class,
                d.getString("payloadType"), d.getString("payloadRevision")));
        Map<String, ?> metaData = serializer.deserialize(new SimpleSerializedObject<>(d.getString("metaData"), String.class,
                MetaData.class.getName(), null));
        ScopeDescriptor scope = serializer.deserialize(new SimpleSerializedObject<>(d.getString("scope"), String.class,
                d.getString("scopeType"), null));
        Instant due = Instant.ofEpochMilli(d.getLong("due"));
        DeadlineMessage<Object> message = new GenericDeadlineMessage<>(d.getString("name"),
                new GenericMessage<>(d.getString("messageId"), payload, metaData), () -> due);
        var unitOfWork = DefaultUnitOfWork.startAndGet(message);
        var chain = new DefaultInterceptorChain<DeadlineMessage<?>>(unitOfWork, handlerInterceptors(), m -> {
            for (var component : (Iterable<ScopeAware>) scopes.provideScopeAwareStream(scope)::iterator) {
                if (component.canResolve(scope)) {
                    component.send(m, scope);
                }
            }
            return null;
        });
        var result = unitOfWork.executeWithResult(chain::proceed);
        if (result.isExceptional()) {
            throw new IllegalStateException("deadline handler failed", result.exceptionResult());
        }
    }
}
