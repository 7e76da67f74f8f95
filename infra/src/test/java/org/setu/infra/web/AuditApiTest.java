package org.setu.infra.web;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.setu.kernel.audit.AuditEntry;
import org.setu.query.audit.AuditChain;
import org.setu.query.audit.AuditTrailProjection;
import org.setu.query.common.JsonViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit trail through the API: accepted, refused and viewed entries, who may read them, and tamper evidence. */
class AuditApiTest extends ApiTestBase {

    @Autowired
    MongoDatabase database;

    @Test
    void a_case_history_is_audited_entry_by_entry_and_each_reader_sees_only_their_share() {
        String caseId = openCase();
        String referral = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        post("/api/v1/cases/" + caseId + "/referrals/" + referral + "/accept", "iom-cw", Map.of()).expectStatus().isForbidden();
        get("/api/v1/cases/" + caseId, "iom-fp").expectStatus().isOk();
        post("/api/v1/cases/" + caseId + "/referrals/" + referral + "/decline", "iom-fp",
                Map.of("reasonCode", "NO_CAPACITY", "reason", "no beds this month")).expectStatus().isNoContent();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?caseId=" + caseId, "reviewer")
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(5));
        get("/api/v1/audit?caseId=" + caseId, "reviewer").expectBody()
                .jsonPath("$.items[0].action").isEqualTo("ReferralDeclined")
                .jsonPath("$.items[0].reason").isEqualTo("no beds this month")
                .jsonPath("$.items[0].actor").isEqualTo("iom-fp")
                .jsonPath("$.items[1].action").isEqualTo("CaseViewed")
                .jsonPath("$.items[1].outcome").isEqualTo("VIEWED")
                .jsonPath("$.items[2].action").isEqualTo("AcceptReferralCommand")
                .jsonPath("$.items[2].outcome").isEqualTo("REFUSED")
                .jsonPath("$.items[2].errorCode").isEqualTo("role-required")
                .jsonPath("$.items[3].action").isEqualTo("ReferralRequested")
                .jsonPath("$.items[4].action").isEqualTo("CaseOpened")
                .jsonPath("$.items[4].agency").isEqualTo("moewoe")
                .jsonPath("$.items[4].roles").isEqualTo("CASEWORKER");

        get("/api/v1/audit?caseId=" + caseId, "iom-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items[*].agency").value(agencies -> assertThat((List<Object>) agencies).containsOnly("iom-bd"));
        get("/api/v1/audit?agency=moewoe", "iom-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.items[*].agency").value(agencies -> assertThat((List<Object>) agencies).containsOnly("iom-bd"));
        String partner = (String) web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=research-1&client_secret=partner-secret").exchange()
                .expectBody(Map.class).returnResult().getResponseBody().get("access_token");
        web.get().uri("/api/v1/audit").header(HttpHeaders.AUTHORIZATION, "Bearer " + partner).exchange()
                .expectStatus().isForbidden();
        get("/api/v1/audit/verify", "iom-fp").expectStatus().isForbidden();
    }

    @Test
    void verification_finds_an_edited_deleted_or_reordered_entry_at_that_entry() {
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/close", "moe-cw", Map.of("reason", "duplicate")).expectStatus().isNoContent();
        get("/api/v1/audit/verify", "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.valid").isEqualTo(true).jsonPath("$.headHash").isNotEmpty();

        var entries = database.getCollection(AuditTrailProjection.ENTRIES);
        Document second = entries.find(new Document("_id", 2L)).first();
        Document third = entries.find(new Document("_id", 3L)).first();
        try {
            entries.replaceOne(new Document("_id", 2L), new Document(second).append("entry",
                    second.getString("entry").replace("\"outcome\":\"ACCEPTED\"", "\"outcome\":\"REFUSED\"")));
            verifyBrokenAt(2);
            entries.replaceOne(new Document("_id", 2L), second);
            entries.deleteOne(new Document("_id", 3L));
            verifyBrokenAt(3);
            entries.insertOne(new Document(second).append("_id", 3L));
            entries.replaceOne(new Document("_id", 2L), new Document(third).append("_id", 2L));
            verifyBrokenAt(2);
        } finally {
            entries.replaceOne(new Document("_id", 2L), second);
            entries.replaceOne(new Document("_id", 3L), third, new ReplaceOptions().upsert(true));
        }
        get("/api/v1/audit/verify", "reviewer").expectBody().jsonPath("$.valid").isEqualTo(true);
    }

    @Test
    void an_entry_stored_a_moment_before_the_head_moves_is_an_append_in_flight_but_any_other_extra_entry_breaks_the_chain() {
        openCase();
        await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/v1/audit/verify", "reviewer").expectBody(Map.class)
                .returnResult().getResponseBody().get("valid").equals(true));
        var entries = database.getCollection(AuditTrailProjection.ENTRIES);
        Document headDoc = database.getCollection("audit_head").find(new Document("_id", "head")).first();
        long head = headDoc.getLong("seq");
        AuditEntry last = JsonViews.read(entries.find(new Document("_id", head)).first().getString("entry"), AuditEntry.class);
        // What an online backup or a kill -9 catches between the entry's insert and the head's update.
        AuditEntry next = AuditChain.seal(new AuditEntry(head + 1, last.at(), last.actor(), last.agency(), last.roles(),
                last.action(), last.caseId(), last.referralId(), last.outcome(), last.errorCode(), last.reason(),
                "in-flight-event", last.hash(), null));
        Document inFlight = new Document("_id", head + 1).append("entry", JsonViews.write(next));
        try {
            entries.insertOne(inFlight);
            get("/api/v1/audit/verify", "reviewer").expectStatus().isOk().expectBody()
                    .jsonPath("$.valid").isEqualTo(true).jsonPath("$.entries").isEqualTo((int) head);
            entries.replaceOne(new Document("_id", head + 1), new Document(inFlight).append("entry",
                    JsonViews.write(next).replace("in-flight-event", "forged-event")));
            verifyBrokenAt(head + 1);
            entries.replaceOne(new Document("_id", head + 1), inFlight);
            entries.insertOne(new Document("_id", "extra").append("entry", JsonViews.write(next)));
            verifyBrokenAt(head + 1);
        } finally {
            entries.deleteOne(new Document("_id", head + 1));
            entries.deleteOne(new Document("_id", "extra"));
        }
        get("/api/v1/audit/verify", "reviewer").expectBody().jsonPath("$.valid").isEqualTo(true);
    }

    private void verifyBrokenAt(long seq) {
        get("/api/v1/audit/verify", "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.valid").isEqualTo(false)
                .jsonPath("$.firstBrokenEntry").isEqualTo((int) seq);
    }
}
