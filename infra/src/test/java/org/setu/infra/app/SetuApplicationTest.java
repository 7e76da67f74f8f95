package org.setu.infra.app;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.setu.api.security.EmbeddedIssuer;
import org.setu.infra.SetuApplication;
import org.setu.infra.eventstore.tally.Tally.AddToTally;
import org.setu.infra.eventstore.tally.Tally.OpenTally;
import org.setu.infra.support.SetuTestProperties;
import org.setu.query.common.Generations;
import org.setu.query.common.RebuildableProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole application on the embedded default: health, metrics, a command through to a projection, indexes. */
@SpringBootTest(classes = SetuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@AutoConfigureObservability
@Import(TallyTestConfiguration.class)
class SetuApplicationTest {

    @Autowired
    EmbeddedIssuer issuer;

    /** Health details are for the secretariat's admins. */
    private String admin() {
        return "Bearer " + issuer.issue("ops", "Ops", "secretariat", List.of("SECRETARIAT_ADMIN"));
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        SetuTestProperties.freshStore(registry);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    CommandGateway commands;
    @Autowired
    TallyTestConfiguration.TallyProjection projection;

    @Autowired
    List<RebuildableProjection> projections;
    @Autowired
    Generations generations;
    @Autowired
    MongoDatabase database;

    @Test
    void every_projection_has_its_secondary_indexes_on_its_active_generation() {
        int checked = 0;
        for (RebuildableProjection p : projections) {
            int active = generations.state(p.processingGroup()).active();
            for (Map.Entry<String, List<Bson>> wanted : p.indexes().entrySet()) {
                List<BsonDocument> present = database.getCollection(Generations.name(wanted.getKey(), active))
                        .listIndexes().map(index -> index.get("key", Document.class).toBsonDocument())
                        .into(new ArrayList<>());
                for (Bson index : wanted.getValue()) {
                    assertThat(present).as(p.processingGroup() + " " + wanted.getKey()).contains(index.toBsonDocument());
                    checked++;
                }
            }
        }
        assertThat(checked).as("indexes looked for").isGreaterThanOrEqualTo(5);
    }

    @Test
    void health_is_up_with_the_event_store_and_every_processor() {
        web.get().uri("/actuator/health").header("Authorization", admin()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.eventStore.status").isEqualTo("UP")
                .jsonPath("$.components.eventProcessors.status").isEqualTo("UP")
                .jsonPath("$.components.eventProcessors.details['tally-projection'].running").isEqualTo(true);
    }

    @Test
    void prometheus_shows_command_event_and_processor_metrics() {
        commands.sendAndWait(new OpenTally("m"));
        commands.sendAndWait(new AddToTally("m", 2, 0));
        try {
            commands.sendAndWait(new AddToTally("missing", 1, 0));
        } catch (RuntimeException expected) {
            // a failed command is counted with its outcome
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> projection.seen.size() >= 1);

        String metrics = web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics)
                .contains("setu_commands_seconds_count{outcome=\"success\",type=\"AddToTally\"")
                .containsPattern("setu_commands_seconds_count\\{outcome=\"AggregateNotFoundException\",type=\"AddToTally\"")
                .containsPattern("setu_events_appended_total(\\{[^}]*\\})? 2\\.0")
                .contains("setu_processor_lag_events{processor=\"tally-projection\"}")
                .contains("setu_processor_lag_seconds{processor=\"tally-projection\"}")
                // every command the driver sends to the store, by command and collection (issue 17)
                .containsPattern("mongodb_driver_commands_seconds_count\\{[^}]*collection=\"commits\"[^}]*command=\"insert\"");
    }
}
