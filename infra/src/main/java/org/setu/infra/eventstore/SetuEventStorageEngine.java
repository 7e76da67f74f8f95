package org.setu.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import com.mongodb.client.model.ReplaceOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's event storage on MongoDB, built on {@link CommitLog}: a total order without gaps that tracking processors
 * follow without ever skipping, one document per commit (atomic), per-aggregate optimistic concurrency through a
 * unique index, and only exact-key reads on every hot path. See docs/decisions/0002-event-store.md.
 */
public final class SetuEventStorageEngine implements EventStorageEngine {

    public static final String SNAPSHOTS = "snapshots";
    private static final int READ_BATCH = 256;

    private static final Logger LOG = LoggerFactory.getLogger(SetuEventStorageEngine.class);
    private final CommitLog log;
    private final MongoCollection<Document> snapshots;
    private final CommitCodec codec;
    private final CommitCodec snapshotCodec;
    private final Serializer serializer;
    private final Serializer snapshotSerializer;
    private final CurrentRevisionSnapshotFilter snapshotRevisions;
    private final EventUpcaster upcaster;
    private final Clock clock;
    private final EventStoreMetrics metrics;
    private final AggregateHints hints = new AggregateHints(50_000);

    public SetuEventStorageEngine(MongoDatabase database, StoreDurability durability, Serializer serializer,
                                  EventStoreMetrics metrics, Clock clock) {
        this(database, durability, serializer, SnapshotSerializer.create(), metrics, clock);
    }

    /** Events with {@code serializer}; aggregate snapshots with {@code snapshotSerializer} (see {@link SnapshotSerializer}). */
    public SetuEventStorageEngine(MongoDatabase database, StoreDurability durability, Serializer serializer,
                                  Serializer snapshotSerializer, EventStoreMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.log = new CommitLog(database, durability, metrics::positionConflicts);
        this.snapshots = database.getCollection(SNAPSHOTS);
        this.codec = new CommitCodec(serializer);
        this.snapshotCodec = new CommitCodec(snapshotSerializer);
        this.serializer = serializer;
        this.snapshotSerializer = snapshotSerializer;
        this.snapshotRevisions = new CurrentRevisionSnapshotFilter(snapshotSerializer);
        this.upcaster = NoOpEventUpcaster.INSTANCE;
        this.clock = clock;
    }

    public CommitLog log() {
        return log;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        for (List<? extends EventMessage<?>> commit : byAggregate(events)) {
            if (commit.size() >= EventPosition.MAX_EVENTS_PER_COMMIT) {
                throw new IllegalArgumentException("A unit of work may not apply more than "
                        + (EventPosition.MAX_EVENTS_PER_COMMIT - 1) + " events to one aggregate");
            }
            Document document = codec.encode(IdentifierFactory.getInstance().generateIdentifier(), commit, clock.millis());
            try {
                log.append(document, commit.size());
                hints.commitEnded(document.getString("aggregateId"), document.getLong("lastSeq"));
            } catch (AggregateVersionConflict conflict) {
                metrics.concurrencyConflict();
                throw new ConcurrencyException(conflict.getMessage(), conflict);
            }
            metrics.appended(commit.size());
        }
    }

    /** Imports many units of work at once (one commit per aggregate each); see {@link CommitLog#importBatch}. */
    public void importEvents(List<? extends List<? extends EventMessage<?>>> unitsOfWork) {
        List<Document> documents = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (List<? extends EventMessage<?>> unit : unitsOfWork) {
            for (List<? extends EventMessage<?>> commit : byAggregate(unit)) {
                documents.add(codec.encode(IdentifierFactory.getInstance().generateIdentifier(), commit, clock.millis()));
                counts.add(commit.size());
            }
        }
        log.importBatch(documents, counts);
        counts.forEach(metrics::appended);
    }

    /**
     * One commit per aggregate, in order of first appearance; events of no aggregate form one commit of their own.
     * Each commit is atomic; a unit of work spanning aggregates is atomic per aggregate only (see the decision record).
     */
    private static List<List<? extends EventMessage<?>>> byAggregate(List<? extends EventMessage<?>> events) {
        Map<String, List<EventMessage<?>>> groups = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            String key = event instanceof DomainEventMessage<?> d ? "a:" + d.getAggregateIdentifier() : "none";
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
        }
        return new ArrayList<>(groups.values());
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        Document current = snapshots.find(new Document("_id", snapshot.getAggregateIdentifier())).first();
        if (current != null && current.getLong("seq") >= snapshot.getSequenceNumber()) {
            return;
        }
        Document document = snapshotCodec.encodeSnapshot(snapshot);
        snapshots.replaceOne(new Document("_id", snapshot.getAggregateIdentifier()), document,
                new ReplaceOptions().upsert(true));
        hints.snapshotSeen(snapshot.getAggregateIdentifier(), Optional.of(document));
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        Optional<Document> cached = hints.snapshot(aggregateIdentifier);
        if (cached == null) {
            cached = Optional.ofNullable(snapshots.find(new Document("_id", aggregateIdentifier)).first());
            hints.snapshotSeen(aggregateIdentifier, cached);
        }
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        DomainEventData<String> entry = snapshotCodec.decodeSnapshot(cached.get());
        if (!snapshotRevisions.test(entry)) {
            LOG.info("The snapshot of {} has revision {}, not its aggregate's current one; the aggregate is rebuilt "
                    + "from its events", aggregateIdentifier, entry.getPayload().getType().getRevision());
            return Optional.empty();
        }
        try {
            Optional<DomainEventMessage<?>> snapshot = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry),
                    snapshotSerializer, upcaster).asStream().findFirst().map(m -> m);
            snapshot.ifPresent(DomainEventMessage::getPayload); // read it now: a snapshot that no longer reads is skipped
            return snapshot;
        } catch (RuntimeException unreadable) {
            LOG.warn("The snapshot of {} cannot be read ({}); the aggregate is rebuilt from its events", aggregateIdentifier,
                    unreadable.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        // With mayBlock the reader is Axon's event producer, which reads again at once when it found events.
        var commits = new TrackedCommitSpliterator(log, codec, EventPosition.of(trackingToken), READ_BATCH, mayBlock);
        return EventUtils.upcastAndDeserializeTrackedEvents(StreamSupport.stream(commits, false), serializer, upcaster);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        var walk = new AggregateWalk(log, codec, hints, aggregateIdentifier, firstSequenceNumber);
        return EventStreamUtils.upcastAndDeserializeDomainEvents(StreamSupport.stream(walk, false), serializer, upcaster);
    }

    /**
     * Walks the aggregate's commits from the furthest point known: where this node last saw one of them end (a fact
     * that never turns false; another node's later commits are found by the walk), else its snapshot, else the start.
     * After a node's own command that is one exact-key read, however many commits the aggregate has (issue 17).
     */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Long last = hints.lastCommitEnd(aggregateIdentifier);
        if (last == null) {
            long from = readSnapshot(aggregateIdentifier).map(s -> s.getSequenceNumber() + 1).orElse(0L);
            last = from > 0 ? from - 1 : null;
        }
        Optional<Document> commit = log.findByAggregate(aggregateIdentifier, last == null ? 0 : last + 1);
        while (commit.isPresent()) {
            last = commit.get().getLong("lastSeq");
            commit = log.findByAggregate(aggregateIdentifier, last + 1);
        }
        if (last != null) {
            hints.commitEnded(aggregateIdentifier, last);
        }
        return Optional.ofNullable(last);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long head = log.refreshHead().position();
        return head == 0 ? null : EventPosition.endOf(head).token();
    }

    /** Positions are dense and commit times grow with them, so a binary search by exact keys finds the instant. */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long low = 1;
        long high = log.refreshHead().position();
        long firstAtOrAfter = high + 1;
        while (low <= high) {
            long mid = (low + high) >>> 1;
            long committedAt = log.find(mid).map(d -> d.getLong("committedAt")).orElse(Long.MAX_VALUE);
            if (committedAt >= dateTime.toEpochMilli()) {
                firstAtOrAfter = mid;
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return firstAtOrAfter <= 1 ? null : EventPosition.endOf(firstAtOrAfter - 1).token();
    }
}
