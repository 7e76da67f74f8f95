package org.setu.infra.web;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A busy case is snapshotted (every 100 events), and the snapshot holds no personal data in clear. */
class SnapshotTest extends ApiTestBase {

    @Autowired
    MongoDatabase database;

    @Test
    void a_case_with_many_events_gets_a_snapshot_without_plaintext() {
        String caseId = openCase();
        for (int i = 0; i < 105; i++) {
            post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "LEAD_AGENCY", "text",
                    "visit " + i + " with Rahima")).expectStatus().isCreated();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(database
                .getCollection(SetuEventStorageEngine.SNAPSHOTS).find(new Document("_id", caseId)).first()).isNotNull());
        Document snapshot = database.getCollection(SetuEventStorageEngine.SNAPSHOTS).find(new Document("_id", caseId)).first();
        assertThat(snapshot.toJson()).doesNotContain("Rahima");
        get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.notes.length()").isEqualTo(105);
    }
}
