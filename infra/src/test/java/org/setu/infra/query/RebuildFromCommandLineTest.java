package org.setu.infra.query;

import org.setu.infra.support.SecondApplication;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.TestMongo;
import org.setu.kernel.admin.FindRebuildStatusQuery;
import org.setu.kernel.admin.RebuildStatus;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.query.FindAgenciesQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code --setu.rebuild=<group>} replays that projection at start-up and reports its progress. */
class RebuildFromCommandLineTest {

    private static List<String> args(Path dataDir, String database, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--setu.seed=demo", "--setu.data-dir=" + dataDir));
        if (TestMongo.realServerUri() != null) {
            args.add("--setu.mongodb-uri=" + TestMongo.realServerUri().replaceFirst("(mongodb://[^/?]+)(/[^?]*)?", "$1/" + database));
        }
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void the_directory_is_rebuilt_at_start_up_and_lists_the_same_agencies() {
        Path dataDir = TestMongo.newDataDir();
        String database = "setu_cli_rebuild_" + System.nanoTime();
        try (var first = SecondApplication.builder().run(args(dataDir, database).toArray(String[]::new))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> agencies(first.getBean(QueryGateway.class)).size() == 3);
        }
        try (var second = SecondApplication.builder()
                .run(args(dataDir, database, "--setu.rebuild=agency-directory").toArray(String[]::new))) {
            QueryGateway queries = second.getBean(QueryGateway.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> queries.query(
                    new FindRebuildStatusQuery("agency-directory"), RebuildStatus.class).join().state() == RebuildStatus.State.DONE);
            RebuildStatus done = queries.query(new FindRebuildStatusQuery("agency-directory"), RebuildStatus.class).join();
            assertThat(done.eventsDone()).isEqualTo(done.eventsTotal()).as("three agencies and the demo agreement")
                    .isEqualTo(4);
            assertThat(agencies(queries)).extracting(a -> a.agencyId().value()).containsExactly("brac-mp", "iom-bd", "moewoe");
        }
    }

    private static List<AgencyView> agencies(QueryGateway queries) {
        return queries.query(new FindAgenciesQuery(null, null, null), ResponseTypes.multipleInstancesOf(AgencyView.class)).join();
    }
}
