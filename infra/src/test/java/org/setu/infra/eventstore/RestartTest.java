package org.setu.infra.eventstore;

import org.junit.jupiter.api.Test;
import org.setu.infra.eventstore.tally.Tally.AddToTally;
import org.setu.infra.eventstore.tally.Tally.OpenTally;
import org.setu.infra.support.AxonNode;
import org.setu.infra.support.AxonNode.Handled;
import org.setu.infra.support.TestMongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping and starting again on the same data directory: events are all there, processors resume from their tokens. */
class RestartTest {

    @Test
    void processors_resume_from_their_tokens_without_reprocessing() throws Exception {
        Path dataDir = TestMongo.newDataDir();
        String database = "setu_restart_" + System.nanoTime();
        Queue<Handled> firstRun = new ConcurrentLinkedQueue<>();
        try (TestMongo mongo = TestMongo.open(dataDir, database);
             AxonNode node = AxonNode.start("node-1", mongo.database(), mongo.durability(), 1, firstRun)) {
            node.commands().sendAndWait(new OpenTally("t"));
            for (int i = 0; i < 20; i++) {
                node.commands().sendAndWait(new AddToTally("t", 1, 0));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> firstRun.size() == 21);
        }

        Queue<Handled> secondRun = new ConcurrentLinkedQueue<>();
        try (TestMongo mongo = TestMongo.open(dataDir, database);
             AxonNode node = AxonNode.start("node-1", mongo.database(), mongo.durability(), 1, secondRun)) {
            assertThat(node.engine().log().head().eventsThrough()).isEqualTo(21);
            Object total = node.commands().sendAndWait(new AddToTally("t", 1, 0));
            assertThat(total).isEqualTo(21);
            await().atMost(Duration.ofSeconds(20)).until(() -> secondRun.size() >= 1);
            Thread.sleep(1000);
            assertThat(secondRun).hasSize(1);
            assertThat(secondRun.peek().sequence()).isEqualTo(21L);
        }
    }
}
