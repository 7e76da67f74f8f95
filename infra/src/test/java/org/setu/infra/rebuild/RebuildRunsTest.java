package org.setu.infra.rebuild;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.support.TestMongo;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuild runs as every node sees them, over the MongoDB wire protocol: one run of a projection at a time whichever
 * node asks, progress and the finish written by whichever node replays, and a run that never got going given up.
 */
class RebuildRunsTest {

    private static final Instant T = Instant.parse("2026-12-08T04:00:00Z");
    private final TestMongo mongo = TestMongo.start();
    // Two nodes: two views of one store.
    private final RebuildRuns asked = new RebuildRuns(mongo.database());
    private final RebuildRuns other = new RebuildRuns(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void a_projection_never_rebuilt_has_no_run() {
        assertThat(asked.find("caseloads")).isEmpty();
        assertThat(asked.all()).isEmpty();
    }

    @Test
    void every_run_is_read_at_once_by_projection() {
        asked.start("caseloads", T, 120);
        other.start("network-indicators", T, 40);
        other.finish("network-indicators", 40, T.plusSeconds(3));
        assertThat(asked.all()).containsOnlyKeys("caseloads", "network-indicators");
        assertThat(asked.all().get("caseloads").running()).isTrue();
        assertThat(asked.all().get("network-indicators").running()).isFalse();
    }

    @Test
    void while_a_run_goes_on_no_node_starts_another_and_every_node_reads_its_progress() {
        assertThat(asked.start("caseloads", T, 120)).isTrue();
        assertThat(other.start("caseloads", T.plusSeconds(1), 130)).as("the other node").isFalse();
        assertThat(asked.start("caseloads", T.plusSeconds(1), 130)).as("the same node").isFalse();
        assertThat(other.start("network-indicators", T, 40)).as("another projection").isTrue();

        assertThat(asked.find("caseloads").orElseThrow().reset()).as("until the node holding the claim resets it").isFalse();
        other.reset("caseloads");
        other.progress("caseloads", 60);
        assertThat(asked.find("caseloads")).hasValueSatisfying(run -> {
            assertThat(run.running()).isTrue();
            assertThat(run.reset()).isTrue();
            assertThat(run.done()).isEqualTo(60);
            assertThat(run.total()).isEqualTo(120);
            assertThat(run.startedAt()).isEqualTo(T);
        });
    }

    @Test
    void a_finished_run_is_kept_until_the_next_one_replaces_it() {
        asked.start("caseloads", T, 120);
        other.finish("caseloads", 120, T.plusSeconds(30));
        assertThat(asked.find("caseloads")).hasValueSatisfying(run -> {
            assertThat(run.running()).isFalse();
            assertThat(run.done()).isEqualTo(120);
            assertThat(run.finishedAt()).isEqualTo(T.plusSeconds(30));
        });
        other.progress("caseloads", 5);
        assertThat(asked.find("caseloads").orElseThrow().done()).as("a finished run no longer moves").isEqualTo(120);

        assertThat(other.start("caseloads", T.plusSeconds(60), 150)).isTrue();
        assertThat(asked.find("caseloads")).hasValueSatisfying(run -> {
            assertThat(run.running()).isTrue();
            assertThat(run.total()).isEqualTo(150);
            assertThat(run.done()).isZero();
        });
    }

    @Test
    void a_run_given_up_lets_the_next_one_start_but_a_finished_one_is_not_forgotten() {
        asked.start("caseloads", T, 120);
        other.abandon("caseloads");
        assertThat(asked.find("caseloads")).isEmpty();
        assertThat(asked.start("caseloads", T.plusSeconds(5), 120)).isTrue();

        other.finish("caseloads", 120, T.plusSeconds(9));
        asked.abandon("caseloads");
        assertThat(asked.find("caseloads")).hasValueSatisfying(run -> assertThat(run.running()).isFalse());
    }
}
