package org.setu.infra.web;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.privacy.MongoPersonalDataVault;
import org.setu.infra.support.StoredText;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who sees what of a complaint, over HTTP: the receiving agency and those it shared with see all; the secretariat
 * sees every complaint without the complainant; the recruiting agency complained against sees the complaint and the
 * complainant only with consent; anyone else gets the 404 of an unknown complaint. The complainant's name is never
 * stored in clear, nor shown in the indicators, and is erased by destroying the key.
 */
class ComplaintNeedToKnowTest extends RecruitmentApiTestBase {

    @Autowired
    MongoDatabase database;

    private final String canary = "Canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeEach
    void agencies() {
        licensed("RL-0123");
        licensed("RL-0456");
    }

    @Test
    void each_reader_sees_only_their_part_and_strangers_see_nothing() {
        String id = file(complaint("RL-0123", canary + " Begum", "F", false));
        String uri = "/api/v1/complaints/" + id;
        get(uri, "moe-cw").expectStatus().isOk().expectBody().jsonPath("$.complainant.fullName").isEqualTo(canary + " Begum")
                .jsonPath("$.complainant.phone").isEqualTo("+8801711000000").jsonPath("$.sight").isEqualTo("FULL");
        for (String stranger : List.of("ngo-cw", "out-cw", "iom-fp", "rec-0456")) {
            get(uri, stranger).expectStatus().isNotFound().expectBody().jsonPath("$.type")
                    .isEqualTo(TYPES + "complaint-not-found");
        }
        get("/api/v1/complaints/K00000000-0000-0000-0000-000000000000", "moe-cw").expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(TYPES + "complaint-not-found");
        assertThat(body(uri, "reviewer")).doesNotContain(canary).doesNotContain("complainant")
                .contains("\"sight\":\"WITHOUT_PERSONAL_DATA\"");
        String respondent = body(uri, "rec-0123");
        assertThat(respondent).doesNotContain(canary).doesNotContain("complainant").doesNotContain("\"sex\"")
                .doesNotContain("ngo-a").contains("\"sight\":\"RESPONDENT\"");

        post(uri + "/share", "moe-cw", Map.of("agency", "ngo-a")).expectStatus().isForbidden();
        post(uri + "/share", "moe-fp", Map.of("agency", "ngo-outside")).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "outside-consent");
        post(uri + "/share", "moe-fp", Map.of("agency", "ngo-a")).expectStatus().isNoContent();
        get(uri, "ngo-cw").expectStatus().isOk().expectBody().jsonPath("$.complainant.fullName").isEqualTo(canary + " Begum");
        post(uri + "/register", "ngo-cw", Map.of()).expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "not-receiving-agency-of-complaint");
        post(uri + "/register", "out-cw", Map.of()).expectStatus().isNotFound();
        assertThat(body(uri, "rec-0123")).doesNotContain("ngo-a");

        assertThat(body("/api/v1/complaints?size=100", "ngo-cw")).contains(id);
        assertThat(body("/api/v1/complaints?size=100", "rec-0123")).contains(id).doesNotContain(canary);
        assertThat(body("/api/v1/complaints?size=100", "reviewer")).contains(id);
        assertThat(body("/api/v1/complaints?size=100", "out-cw")).doesNotContain(id);
        assertThat(body("/api/v1/complaints?size=100", "rec-0456")).doesNotContain(id);
    }

    @Test
    void the_respondent_learns_who_complained_only_with_consent_and_never_their_phone() {
        String id = file(complaint("RL-0123", canary + " Mia", "M", true));
        get("/api/v1/complaints/" + id, "rec-0123").expectStatus().isOk().expectBody()
                .jsonPath("$.complainant.fullName").isEqualTo(canary + " Mia")
                .jsonPath("$.complainant.passportNumber").isEqualTo("EB0123456")
                .jsonPath("$.complainant.phone").doesNotExist()
                .jsonPath("$.sight").isEqualTo("RESPONDENT_WITH_IDENTITY");
    }

    @Test
    void the_complainant_is_never_stored_in_clear_nor_in_the_indicators_and_is_erased_by_key_destruction() {
        String id = file(complaint("RL-0123", canary + " Khatun", "F", false));
        step(id, "register", Map.of());
        step(id, "withdraw", Map.of("reason", "settled with " + canary));
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        String indicators = body("/api/v1/indicators/recruitment?from=" + month + "&to=" + month, "reviewer");
        assertThat(indicators).contains("RL-0123").doesNotContain(canary);
        String csv = web.get().uri("/api/v1/indicators/recruitment?from=" + month + "&to=" + month)
                .header("Authorization", bearer("reviewer")).header("Accept", "text/csv").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith("licence,month,sex,complaints,").contains("RL-0123," + month + ",ALL,")
                .doesNotContain(canary);
        get("/api/v1/indicators/recruitment", "moe-cw").expectStatus().isForbidden();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(collectionsHolding(id)).isNotEmpty());
        assertThat(collectionsHolding(canary)).as("collections holding the complainant in clear").isEmpty();

        post("/api/v1/complaints/" + id + "/erase-complainant", "moe-fp", Map.of("reason", "x")).expectStatus().isForbidden();
        post("/api/v1/complaints/" + id + "/erase-complainant", "admin", Map.of("reason", "asked to be forgotten"))
                .expectStatus().isNoContent();
        String shown = body("/api/v1/complaints/" + id, "moe-cw");
        assertThat(shown).doesNotContain(canary).contains("\"fullName\":\"[erased]\"").contains("\"reason\":\"[erased]\"");
        Document key = database.getCollection(MongoPersonalDataVault.COLLECTION).find(new Document("_id", id)).first();
        assertThat(key).containsKey("erasedAt").doesNotContainKey("wrapped");
        assertThat(body("/api/v1/indicators/recruitment?from=" + month + "&to=" + month, "reviewer"))
                .as("indicators survive erasure").isEqualTo(indicators);
    }

    private List<String> collectionsHolding(String needle) {
        return StoredText.collectionsHolding(database, needle);
    }
}
