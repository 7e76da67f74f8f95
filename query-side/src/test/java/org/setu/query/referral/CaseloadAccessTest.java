package org.setu.query.referral;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.query.FindCaseloadQuery;
import org.setu.kernel.referral.CaseEvent;
import org.setu.kernel.referral.CaseStory;
import org.setu.kernel.referral.PartiesContract;
import org.setu.query.common.Generations;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The caseload lists hold a case for exactly the agencies the need-to-know table says, from memory and database. */
class CaseloadAccessTest {

    private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
    private static final MongoClient CLIENT;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static {
        var address = SERVER.bind();
        CLIENT = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    static void close() {
        CLIENT.close();
        SERVER.shutdownNow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.setu.kernel.referral.PartiesContract#table")
    void a_case_is_listed_for_the_agencies_on_it_and_no_other(PartiesContract.Row row) {
        for (boolean inMemory : new boolean[]{true, false}) {
            var projection = new CaseloadProjection(new Generations(
                    CLIENT.getDatabase("access" + DATABASES.incrementAndGet())), inMemory);
            long seq = 0;
            for (CaseEvent event : row.events()) {
                projection.on(event, seq++, Instant.EPOCH.plusSeconds(seq));
            }
            Set<AgencyId> listing = CaseStory.CAST.stream()
                    .filter(agency -> projection.handle(new FindCaseloadQuery(agency, null, null, 0, 10)).total() > 0)
                    .collect(Collectors.toSet());
            assertThat(listing).as(inMemory ? "from memory" : "from the database")
                    .containsExactlyInAnyOrderElementsOf(row.withAccess());
        }
    }
}
