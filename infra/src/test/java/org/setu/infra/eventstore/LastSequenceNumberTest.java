package org.setu.infra.eventstore;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.eventstore.tally.Tally.TallyIncremented;
import org.setu.infra.eventstore.tally.Tally.TallyOpened;


import static org.assertj.core.api.Assertions.assertThat;

/** An aggregate's version (the API's ETag) is read from where this node last saw its commits end. */
class LastSequenceNumberTest {

    private final CountedLogStore store = new CountedLogStore();
    private final SetuEventStorageEngine node = store.node();

    @AfterEach
    void close() {
        store.close();
    }

    private static void appendCommits(SetuEventStorageEngine writer, String tally, int from, int to) {
        for (int seq = from; seq <= to; seq++) {
            Object payload = seq == 0 ? new TallyOpened(tally) : new TallyIncremented(tally, 1, seq);
            writer.appendEvents(new GenericDomainEventMessage<>("Tally", tally, seq, payload));
        }
    }

    @Test
    void after_its_own_commits_a_node_reads_the_version_with_one_log_read() {
        appendCommits(node, "a", 0, 9);
        store.resetLogReads();

        assertThat(node.lastSequenceNumberFor("a")).contains(9L);
        assertThat(store.logReads()).isEqualTo(1);
    }

    @Test
    void another_nodes_later_commits_are_counted() {
        appendCommits(node, "a", 0, 3);
        assertThat(node.lastSequenceNumberFor("a")).contains(3L);
        SetuEventStorageEngine otherNode = store.node();
        appendCommits(otherNode, "a", 4, 6);

        assertThat(node.lastSequenceNumberFor("a")).contains(6L);
    }

    @Test
    void a_node_that_knows_nothing_walks_the_commits_to_the_same_answer() {
        appendCommits(node, "a", 0, 4);
        SetuEventStorageEngine restarted = store.node();
        store.resetLogReads();

        assertThat(restarted.lastSequenceNumberFor("a")).contains(4L);
        assertThat(store.logReads()).isEqualTo(6); // five commits and the read that finds none after them
        assertThat(restarted.lastSequenceNumberFor("b")).isEmpty();
    }
}
