package org.setu.infra.eventstore;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.eventstore.tally.Tally.TallyIncremented;
import org.setu.infra.eventstore.tally.Tally.TallyOpened;
import org.setu.infra.support.TestMongo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SetuEventStorageEngineTest {

    private final TestMongo mongo = TestMongo.start();
    private final SetuEventStorageEngine engine = newEngine();

    private SetuEventStorageEngine newEngine() {
        return new SetuEventStorageEngine(mongo.database(), mongo.durability(), JacksonSerializer.defaultSerializer(),
                new EventStoreMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    private static DomainEventMessage<?> event(String aggregate, long seq, Object payload) {
        return new GenericDomainEventMessage<>("Tally", aggregate, seq, payload);
    }

    private List<TrackedEventMessage<?>> readAllTracked(TrackingToken from) {
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    private static List<Object> payloads(List<TrackedEventMessage<?>> events) {
        return events.stream().map(m -> (Object) m.getPayload()).collect(Collectors.toList());
    }

    @Test
    void events_round_trip_by_aggregate_and_by_tracking_order() {
        engine.appendEvents(event("a", 0, new TallyOpened("a")), event("a", 1, new TallyIncremented("a", 2, 2)));
        engine.appendEvents(event("b", 0, new TallyOpened("b")));
        engine.appendEvents(event("a", 2, new TallyIncremented("a", 3, 5)));

        List<Object> aggregateA = engine.readEvents("a").asStream().map(m -> m.getPayload()).collect(Collectors.toList());
        assertThat(aggregateA).containsExactly(new TallyOpened("a"), new TallyIncremented("a", 2, 2),
                new TallyIncremented("a", 3, 5));
        assertThat(engine.readEvents("a", 1).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(1L, 2L);
        assertThat(payloads(readAllTracked(null))).containsExactly(
                new TallyOpened("a"), new TallyIncremented("a", 2, 2), new TallyOpened("b"),
                new TallyIncremented("a", 3, 5));
        assertThat(engine.lastSequenceNumberFor("a")).contains(2L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void tracking_resumes_after_any_token_without_gap_or_repeat_even_inside_a_commit() {
        engine.appendEvents(event("a", 0, new TallyOpened("a")), event("a", 1, new TallyIncremented("a", 1, 1)),
                event("a", 2, new TallyIncremented("a", 1, 2)));
        engine.appendEvents(event("b", 0, new TallyOpened("b")));
        List<TrackedEventMessage<?>> all = readAllTracked(null);
        assertThat(all).hasSize(4);
        for (int i = 0; i < all.size(); i++) {
            List<TrackedEventMessage<?>> rest = readAllTracked(all.get(i).trackingToken());
            assertThat(rest).extracting(TrackedEventMessage::getIdentifier)
                    .containsExactlyElementsOf(all.subList(i + 1, all.size()).stream()
                            .map(TrackedEventMessage::getIdentifier).collect(Collectors.toList()));
        }
        assertThat(readAllTracked(engine.createHeadToken())).isEmpty();
        assertThat(engine.createTailToken()).isNull();
    }

    @Test
    void events_of_no_aggregate_are_stored_and_tracked_too() {
        engine.appendEvents(List.of(GenericEventMessage.asEventMessage("audit-1"),
                GenericEventMessage.asEventMessage("audit-2")));
        engine.appendEvents(List.of(GenericEventMessage.asEventMessage("audit-3")));
        assertThat(payloads(readAllTracked(null)))
                .containsExactly("audit-1", "audit-2", "audit-3");
    }

    @Test
    void of_two_writers_at_the_same_aggregate_version_exactly_one_wins() throws Exception {
        engine.appendEvents(event("a", 0, new TallyOpened("a")));
        SetuEventStorageEngine otherNode = newEngine();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> writes = new ArrayList<>();
        for (SetuEventStorageEngine writer : List.of(engine, otherNode)) {
            writes.add(pool.submit(() -> {
                go.await();
                writer.appendEvents(event("a", 1, new TallyIncremented("a", 1, 1)));
                return null;
            }));
        }
        go.countDown();
        int won = 0;
        int conflicted = 0;
        for (Future<?> write : writes) {
            try {
                write.get();
                won++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConcurrencyException.class);
                conflicted++;
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(conflicted).isEqualTo(1);
        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(2);
        assertThat(readAllTracked(null)).hasSize(2);
    }

    @Test
    void a_failure_in_the_middle_of_a_commit_leaves_nothing_of_it_visible() {
        engine.appendEvents(event("a", 0, new TallyOpened("a")));
        Object unserializable = new Object() {
            public Object getSelf() {
                throw new IllegalStateException("injected failure while writing the second event");
            }
        };
        assertThatThrownBy(() -> engine.appendEvents(event("a", 1, new TallyIncremented("a", 1, 1)),
                event("a", 2, unserializable), event("a", 3, new TallyIncremented("a", 1, 2))))
                .isInstanceOf(SerializationException.class);

        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(1);
        assertThat(readAllTracked(null)).hasSize(1);
        engine.appendEvents(event("a", 1, new TallyIncremented("a", 5, 5)));
        assertThat(payloads(readAllTracked(null)))
                .containsExactly(new TallyOpened("a"), new TallyIncremented("a", 5, 5));
    }

    @Test
    void snapshots_shorten_the_walk_and_only_newer_ones_replace_older() {
        for (int i = 0; i < 5; i++) {
            engine.appendEvents(event("a", i, new TallyIncremented("a", 1, i + 1)));
        }
        engine.storeSnapshot(event("a", 3, new TallyIncremented("a", 0, 4)));
        engine.storeSnapshot(event("a", 1, new TallyIncremented("a", 0, 2)));
        assertThat(engine.readSnapshot("a")).get().extracting(DomainEventMessage::getSequenceNumber).isEqualTo(3L);
        assertThat(engine.readEvents("a", 4).asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(4L);
        assertThat(engine.lastSequenceNumberFor("a")).contains(4L);
    }

    @Test
    void a_token_at_an_instant_starts_with_the_first_event_stored_at_or_after_it() throws InterruptedException {
        engine.appendEvents(event("a", 0, new TallyOpened("a")));
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        engine.appendEvents(event("b", 0, new TallyOpened("b")));
        assertThat(payloads(readAllTracked(engine.createTokenAt(between))))
                .containsExactly(new TallyOpened("b"));
        assertThat(readAllTracked(engine.createTokenAt(Instant.EPOCH))).hasSize(2);
    }

    @Test
    void a_foreign_document_at_a_position_stops_reading_with_a_message_naming_it() {
        engine.appendEvents(event("a", 0, new TallyOpened("a")));
        mongo.database().getCollection(CommitLog.COLLECTION)
                .insertOne(new Document("_id", 2L).append("eventsThrough", 2L).append("hello", "world"));
        assertThatThrownBy(() -> readAllTracked(null)).isInstanceOf(CorruptCommitException.class)
                .hasMessageContaining("_id=2");
    }

    @Test
    void a_foreign_document_outside_the_log_is_counted_as_stray() {
        engine.appendEvents(event("a", 0, new TallyOpened("a")));
        mongo.database().getCollection(CommitLog.COLLECTION).insertOne(new Document("_id", "not-a-position"));
        assertThat(engine.log().strayDocuments()).isEqualTo(1);
    }

    @Test
    void a_new_node_finds_the_head_written_by_others_and_appends_after_it() {
        for (int i = 0; i < 150; i++) {
            engine.appendEvents(event("x" + i, 0, new TallyOpened("x" + i)));
        }
        SetuEventStorageEngine later = newEngine();
        assertThat(later.log().head().position()).isEqualTo(150);
        later.appendEvents(event("y", 0, new TallyOpened("y")));
        engine.appendEvents(event("z", 0, new TallyOpened("z")));
        List<TrackedEventMessage<?>> all = readAllTracked(null);
        assertThat(all).hasSize(152);
        assertThat(engine.log().head().eventsThrough()).isEqualTo(152);
    }
}
