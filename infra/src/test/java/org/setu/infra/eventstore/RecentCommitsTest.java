package org.setu.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.eventstore.tally.Tally.TallyOpened;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node's processors read the commits it appended last from memory; anything else, and where the log ends, from the
 * store — so another node's commit is never skipped.
 */
class RecentCommitsTest {

    private final CountedLogStore store = new CountedLogStore();
    private final SetuEventStorageEngine node = store.node();
    private final SetuEventStorageEngine otherNode = store.node();

    @AfterEach
    void close() {
        store.close();
    }

    private static DomainEventMessage<?> opened(String tally) {
        return new GenericDomainEventMessage<>("Tally", tally, 0, new TallyOpened(tally));
    }

    private static List<Object> payloads(List<? extends TrackedEventMessage<?>> events) {
        return events.stream().map(m -> (Object) m.getPayload()).collect(Collectors.toList());
    }

    @Test
    void the_event_producer_reads_what_this_node_just_appended_without_a_store_command() {
        node.appendEvents(opened("a"));
        node.appendEvents(opened("b"));
        store.resetLogReads();

        List<? extends TrackedEventMessage<?>> read = node.readEvents(null, true).collect(Collectors.toList());

        assertThat(payloads(read)).containsExactly(new TallyOpened("a"), new TallyOpened("b"));
        assertThat(store.logReads()).isZero();
    }

    @Test
    void a_reader_that_does_not_come_back_at_once_reads_on_to_another_nodes_commit() {
        node.appendEvents(opened("a"));
        otherNode.appendEvents(opened("b"));

        assertThat(payloads(node.readEvents(null, false).collect(Collectors.toList())))
                .containsExactly(new TallyOpened("a"), new TallyOpened("b"));
    }

    @Test
    void a_tracking_stream_gets_another_nodes_commit_between_two_of_its_own() throws Exception {
        EmbeddedEventStore events = EmbeddedEventStore.builder().storageEngine(node).build();
        try (var stream = events.openStream(null)) {
            node.appendEvents(opened("a"));
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(new TallyOpened("a"));
            // Nothing more: the stream now follows Axon's event producer, whose token points into this node's commit.
            assertThat(stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)).isFalse();
            otherNode.appendEvents(opened("b"));
            node.appendEvents(opened("c"));
            List<Object> seen = new ArrayList<>();
            while (seen.size() < 2 && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                seen.add(stream.nextAvailable().getPayload());
            }
            assertThat(seen).containsExactly(new TallyOpened("b"), new TallyOpened("c"));
        } finally {
            events.shutDown();
        }
    }

    @Test
    void a_commit_read_from_memory_is_the_commit_read_from_the_store() {
        node.appendEvents(opened("a"), new GenericDomainEventMessage<>("Tally", "a", 1, new TallyOpened("again")));
        TrackedEventMessage<?>[] fromMemory = node.readEvents(null, true).toArray(TrackedEventMessage[]::new);
        SetuEventStorageEngine restarted = store.node(); // remembers nothing yet
        store.resetLogReads();
        TrackedEventMessage<?>[] fromStore = restarted.readEvents(null, true).toArray(TrackedEventMessage[]::new);

        assertThat(store.logReads()).isPositive();
        assertThat(fromMemory).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(fromMemory[i].getIdentifier()).isEqualTo(fromStore[i].getIdentifier());
            assertThat(fromMemory[i].trackingToken()).isEqualTo(fromStore[i].trackingToken());
            assertThat(fromMemory[i].getTimestamp()).isEqualTo(fromStore[i].getTimestamp());
            assertThat(fromMemory[i].getMetaData()).isEqualTo(fromStore[i].getMetaData());
            assertThat((Object) fromMemory[i].getPayload()).isEqualTo(fromStore[i].getPayload());
            assertThat(((DomainEventMessage<?>) fromMemory[i]).getSequenceNumber())
                    .isEqualTo(((DomainEventMessage<?>) fromStore[i]).getSequenceNumber());
        }
    }

    @Test
    void only_the_latest_commits_are_remembered() {
        RecentCommits recent = new RecentCommits(2);
        for (long p = 1; p <= 3; p++) {
            recent.appended(p, new Document("_id", p));
        }
        assertThat(recent.run(1, 4)).isEmpty();
        assertThat(recent.run(2, 4)).extracting(d -> d.get("_id")).containsExactly(2L, 3L);
        assertThat(recent.run(2, 1)).hasSize(1);
    }
}
