package org.setu.infra.app;

import com.mongodb.client.MongoDatabase;
import org.assertj.core.api.Assertions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.setu.api.security.EmbeddedIssuer;
import org.setu.infra.SetuApplication;
import org.setu.infra.eventstore.CommitLog;
import org.setu.infra.support.SecondApplication;
import org.setu.infra.support.SetuTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

/** A document in the events collection that Setu did not write turns the health check DOWN, naming it. */
@SpringBootTest(classes = SetuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class ForeignDocumentHealthTest {

    /**
     * Closed after this class while the other test contexts stay open: with Reactor Netty's global resources its
     * close would dispose the loops and pools their servers and clients run on.
     */
    @TestConfiguration
    static class OwnNettyResources {
        @Bean
        ReactorResourceFactory reactorResourceFactory() {
            return SecondApplication.ownResources();
        }
    }

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
    MongoDatabase database;

    @Test
    void a_foreign_document_makes_the_event_store_down() {
        web.get().uri("/actuator/health").header("Authorization", admin()).exchange().expectStatus().isOk();
        database.getCollection(CommitLog.COLLECTION).insertOne(new Document("_id", "imported-by-hand"));
        web.get().uri("/actuator/health").header("Authorization", admin()).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.components.eventStore.status").isEqualTo("DOWN")
                .jsonPath("$.components.eventStore.details.error").value(
                        (String error) -> Assertions.assertThat(error)
                                .contains("not part of the event log"));
    }
}
