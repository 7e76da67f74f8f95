package org.setu.infra.eventstore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.eventstore.tally.Tally.AddToTally;
import org.setu.infra.eventstore.tally.Tally.OpenTally;
import org.setu.infra.support.AxonNode;
import org.setu.infra.support.AxonNode.Handled;
import org.setu.infra.support.TestMongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two Setu nodes on one MongoDB, both writing, one processor split in two segments across them. */
class TwoNodesTest {

    private final TestMongo mongo = TestMongo.start();
    private final Queue<Handled> handled = new ConcurrentLinkedQueue<>();
    private final List<AxonNode> nodes = new ArrayList<>();

    @AfterEach
    void close() {
        nodes.forEach(AxonNode::close);
        mongo.close();
    }

    @Test
    void every_event_is_processed_exactly_once_overall() throws Exception {
        nodes.add(AxonNode.start("node-a", mongo.database(), mongo.durability(), 2, handled));
        nodes.add(AxonNode.start("node-b", mongo.database(), mongo.durability(), 2, handled));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                nodes.get(0).recorder().processingStatus().size() == 1
                        && nodes.get(1).recorder().processingStatus().size() == 1);

        List<CompletableFuture<?>> writes = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            AxonNode node = nodes.get(n);
            writes.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 60; i++) {
                    String id = node.recorder().getName() + "-" + node.hashCode() + "-" + i;
                    node.commands().sendAndWait(new OpenTally(id));
                    node.commands().sendAndWait(new AddToTally(id, 1, 0));
                }
            }));
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get();

        await().atMost(Duration.ofSeconds(60)).until(() -> handled.size() >= 240);
        Thread.sleep(1000);
        List<Handled> all = AxonNode.snapshot(handled);
        assertThat(all).hasSize(240);
        assertThat(all.stream().map(Handled::eventId).distinct().count()).isEqualTo(240);
        Map<String, Long> perNode = all.stream().collect(Collectors.groupingBy(Handled::node, Collectors.counting()));
        assertThat(perNode).containsOnlyKeys("node-a", "node-b");
        assertThat(nodes.get(0).engine().log().refreshHead().eventsThrough()).isEqualTo(240);
    }
}
