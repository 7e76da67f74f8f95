package org.setu.infra.eventstore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.eventstore.tally.Tally.AddToTally;
import org.setu.infra.eventstore.tally.Tally.OpenTally;
import org.setu.infra.eventstore.tally.Tally.TallyIncremented;
import org.setu.infra.support.AxonNode;
import org.setu.infra.support.AxonNode.Handled;
import org.setu.infra.support.TestMongo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stock axon-mongo engine orders tracking by application-set timestamps and skips an event whose unit of work
 * commits more than its look-back time late. Here writer A holds its commit open for 5 s while writer B commits 100
 * times: the processor must end with all of them, each once, each aggregate in order.
 */
class NeverSkipTest {

    private final TestMongo mongo = TestMongo.start();
    private final Queue<Handled> handled = new ConcurrentLinkedQueue<>();
    private final AxonNode node = AxonNode.start("node-1", mongo.database(), mongo.durability(), 1, handled);

    @AfterEach
    void close() {
        node.close();
        mongo.close();
    }

    @Test
    void a_commit_held_open_for_five_seconds_is_not_skipped_while_others_commit() throws Exception {
        var commands = node.commands();
        commands.sendAndWait(new OpenTally("slow"));
        commands.sendAndWait(new OpenTally("fast"));
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 2);

        CompletableFuture<Object> slow = CompletableFuture.supplyAsync(
                () -> commands.sendAndWait(new AddToTally("slow", 7, 5_000)));
        Thread.sleep(200);
        for (int i = 1; i <= 100; i++) {
            commands.sendAndWait(new AddToTally("fast", 1, 0));
        }
        assertThat(slow).isNotDone();
        slow.get();

        await().atMost(Duration.ofSeconds(30)).until(() -> handled.size() >= 103);
        Thread.sleep(500);
        List<Handled> all = AxonNode.snapshot(handled);
        assertThat(all).hasSize(103);
        assertThat(all.stream().map(Handled::eventId).distinct().count()).isEqualTo(103);
        Map<String, List<Long>> sequences = all.stream().collect(Collectors.groupingBy(Handled::aggregateId,
                Collectors.mapping(Handled::sequence, Collectors.toList())));
        assertThat(sequences.get("fast")).isSorted().hasSize(101);
        assertThat(sequences.get("slow")).containsExactly(0L, 1L);
        assertThat(all.get(all.size() - 1).payload()).isEqualTo(new TallyIncremented("slow", 7, 7));
    }
}
