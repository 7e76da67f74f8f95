package org.setu.infra.web;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.infra.privacy.MongoPersonalDataVault;
import org.setu.infra.privacy.RetentionJob;
import org.setu.infra.support.StoredText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Personal data is sealed before it is stored and unreadable once erased. Canary values are written through the API
 * and then searched for in every collection, every file of the data directory and the log; a value that is stored in
 * clear on purpose (an agency's name in the directory) proves the search would find them.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataProtectionTest extends ApiTestBase {

    private static final String TYPES = "https://setu.example/problems/";

    @Autowired
    MongoDatabase database;

    @Autowired
    RetentionJob retention;

    @Autowired
    MeterRegistry meters;

    @Value("${setu.data-dir}")
    Path dataDir;

    private final String canary = "Canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private String openCanaryCase(String category, String district) {
        Map<?, ?> body = post("/api/v1/cases", "moe-cw", Map.of("category", category, "migrationStage", "RETURN",
                "district", district,
                "subject", Map.of("fullName", canary + " Begum", "dateOfBirth", "1991-02-03", "sex", "F",
                        "phone", "+880" + canary, "passportNumber", "P" + canary),
                "consent", Map.of("agencies", List.of("iom-bd"), "purposes", List.of("SERVICE_PROVISION"))))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("caseId");
    }

    @Test
    void canaries_are_never_stored_in_clear_and_read_as_erased_everywhere_after_erasure(CapturedOutput log) throws Exception {
        // Districts come from the reference list now; an agency's name is free text kept in clear.
        String control = "Agency" + canary.substring(6);
        post("/api/v1/agencies", "admin", Map.of("agencyId", "control-" + canary.substring(6).toLowerCase(),
                "name", control, "type", "NGO")).expectStatus().isCreated();
        String caseId = openCanaryCase("TRAFFICKING", "Dhaka");
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "ALL_AGENCIES",
                "text", "She told us about " + canary)).expectStatus().isCreated();
        String referral = (String) post("/api/v1/cases/" + caseId + "/referrals", "moe-cw", Map.of("toAgency", "iom-bd",
                "serviceType", "REINTEGRATION", "note", "referral about " + canary)).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("referralId");
        get("/api/v1/cases/" + caseId, "iom-fp").expectStatus().isOk().expectBody()
                .jsonPath("$.subject.fullName").isEqualTo(canary + " Begum")
                .jsonPath("$.notes[0].text").isEqualTo("She told us about " + canary)
                .jsonPath("$.referrals[0].note").isEqualTo("referral about " + canary);
        post("/api/v1/cases/" + caseId + "/referrals/" + referral + "/decline", "iom-fp", Map.of("reasonCode",
                "NO_CAPACITY", "reason", "her employer " + canary + " threatened our staff")).expectStatus().isNoContent();
        get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.referrals[0].reason").isEqualTo("her employer " + canary + " threatened our staff");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(body(get("/api/v1/audit?caseId=" + caseId,
                "reviewer"))).as("the audit list opens sealed reasons").contains("her employer " + canary));
        String before = Instant.now().toString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(collectionsHolding(control)).isNotEmpty());
        String indicators = body(get("/api/v1/indicators", "reviewer"));

        assertThat(collectionsHolding(control)).as("the search finds what is stored in clear").isNotEmpty();
        assertThat(filesHolding(control)).as("the search finds what is stored in clear on disk").isNotEmpty();
        assertThat(collectionsHolding(canary)).as("collections holding a canary in clear").isEmpty();
        assertThat(filesHolding(canary)).as("files holding a canary in clear").isEmpty();
        assertThat(log.getAll()).doesNotContain(canary);

        post("/api/v1/cases/" + caseId + "/erase-subject", "admin", Map.of("reason", "subject asked to be forgotten"))
                .expectStatus().isNoContent();

        String shown = body(get("/api/v1/cases/" + caseId, "moe-cw"));
        assertThat(shown).doesNotContain(canary).contains("\"fullName\":\"[erased]\"")
                .contains("\"passportNumber\":\"[erased]\"").contains("\"subjectErased\":true")
                .contains("\"reason\":\"[erased]\"").contains("\"note\":\"[erased]\"");
        assertThat(body(get("/api/v1/audit?caseId=" + caseId, "reviewer"))).doesNotContain(canary);
        assertThat(body(get("/api/v1/cases/" + caseId, "moe-cw"))).contains("\"text\":\"[erased]\"");
        String past = body(get("/api/v1/cases/" + caseId + "?asOf=" + before, "moe-cw"));
        assertThat(past).doesNotContain(canary).contains("\"fullName\":\"[erased]\"");
        assertThat(body(get("/api/v1/audit/export?format=jsonl", "reviewer"))).doesNotContain(canary);
        assertThat(body(get("/api/v1/audit/export?format=csv", "reviewer"))).doesNotContain(canary);
        assertThat(body(get("/api/v1/cases/" + caseId + "/disclosures?agency=iom-bd", "reviewer"))).doesNotContain(canary);
        assertThat(body(get("/api/v1/referrals?direction=incoming", "iom-fp"))).doesNotContain(canary);
        assertThat(body(get("/api/v1/indicators", "reviewer"))).as("indicators survive erasure").isEqualTo(indicators);
        Document key = database.getCollection(MongoPersonalDataVault.COLLECTION).find(new Document("_id", caseId)).first();
        assertThat(key).containsKey("erasedAt").doesNotContainKey("wrapped");
        assertThat(collectionsHolding(canary)).isEmpty();
        assertThat(filesHolding(canary)).isEmpty();
        assertThat(log.getAll()).doesNotContain(canary);

        // Nothing personal can be added for an erased subject; the case itself goes on.
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "ALL_AGENCIES", "text", "more"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo(TYPES + "subject-erased");
        post("/api/v1/cases/" + caseId + "/erase-subject", "admin", Map.of("reason", "again"))
                .expectStatus().isNoContent();
    }

    @Test
    void erasure_is_for_the_secretariat_admin_with_a_reason_and_a_known_case() {
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/erase-subject", "moe-fp", Map.of("reason", "x")).expectStatus().isForbidden();
        post("/api/v1/cases/" + caseId + "/erase-subject", "reviewer", Map.of("reason", "x")).expectStatus().isForbidden();
        post("/api/v1/cases/" + caseId + "/erase-subject", "admin", Map.of("reason", " ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(TYPES + "text-required");
        post("/api/v1/cases/C00000000-0000-0000-0000-000000000000/erase-subject", "admin", Map.of("reason", "x"))
                .expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(TYPES + "case-not-found");
        get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.subject.fullName").isEqualTo("Rahima Begum");
    }

    @Test
    void break_glass_is_reasoned_time_limited_audited_and_shown_to_the_lead() throws Exception {
        String caseId = openCase();
        get("/api/v1/cases/" + caseId, "reviewer").expectStatus().isNotFound();
        post("/api/v1/cases/" + caseId + "/break-glass", "reviewer", Map.of("reason", "", "duration", "PT1M"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo(TYPES + "text-required");
        post("/api/v1/cases/" + caseId + "/break-glass", "reviewer", Map.of("reason", "safety", "duration", "PT9H"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo(TYPES + "break-glass-too-long");
        post("/api/v1/cases/" + caseId + "/break-glass", "admin", Map.of("reason", "safety", "duration", "PT1M"))
                .expectStatus().isForbidden();
        post("/api/v1/cases/C00000000-0000-0000-0000-000000000000/break-glass", "reviewer",
                Map.of("reason", "safety", "duration", "PT1M")).expectStatus().isNotFound();

        post("/api/v1/cases/" + caseId + "/break-glass", "reviewer",
                Map.of("reason", "report of imminent danger", "duration", "PT3S"))
                .expectStatus().isCreated().expectBody().jsonPath("$.grantId").exists();
        get("/api/v1/cases/" + caseId, "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.subject.fullName").isEqualTo("Rahima Begum")
                .jsonPath("$.consent").doesNotExist();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/cases/" + caseId + "/break-glass", "moe-cw")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.grants[0].reviewer").isEqualTo("reviewer")
                .jsonPath("$.grants[0].reason").isEqualTo("report of imminent danger")
                .jsonPath("$.uses.length()").isEqualTo(1)
                .jsonPath("$.uses[0].reviewer").isEqualTo("reviewer"));
        get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.breakGlass[0].reason").isEqualTo("report of imminent danger");
        get("/api/v1/cases/" + caseId + "/break-glass", "iom-fp").expectStatus().isNotFound();
        get("/api/v1/audit?caseId=" + caseId + "&type=BreakGlassGranted", "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].reason").isEqualTo("report of imminent danger");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                get("/api/v1/cases/" + caseId, "reviewer").expectStatus().isNotFound());
        get("/api/v1/cases/" + caseId + "/break-glass", "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.grants[0].active").isEqualTo(false);
    }

    @Test
    void consent_withdrawal_narrows_what_a_receiving_agency_sees_from_then_on() {
        String caseId = openCase();
        refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        get("/api/v1/cases/" + caseId, "iom-fp").expectStatus().isOk().expectBody()
                .jsonPath("$.subject.fullName").isEqualTo("Rahima Begum");
        post("/api/v1/cases/" + caseId + "/consent/withdraw", "moe-cw", Map.of("reason", "subject withdrew"))
                .expectStatus().isNoContent();
        get("/api/v1/cases/" + caseId, "iom-fp").expectStatus().isOk().expectBody()
                .jsonPath("$.subject").doesNotExist();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                get("/api/v1/cases/" + caseId + "/disclosures?agency=iom-bd", "reviewer").expectStatus().isOk()
                        .expectBody().jsonPath("$[0].personalFields[0]").isEqualTo("fullName"));
    }

    @Test
    void a_tampered_ciphertext_reads_as_unreadable_and_the_case_still_renders() {
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "LEAD_AGENCY", "text", "intact"))
                .expectStatus().isCreated();
        int changed = 0;
        for (String name : database.listCollectionNames()) {
            if (!name.startsWith("case_views")) {
                continue;
            }
            var views = database.getCollection(name);
            Document doc = views.find(new Document("_id", caseId)).first();
            if (doc == null) {
                continue;
            }
            String json = doc.getString("view");
            int at = json.indexOf("\"subject\":{\"value\":\"v1:") + "\"subject\":{\"value\":\"v1:".length() + 20;
            char flipped = json.charAt(at) == 'A' ? 'B' : 'A';
            views.updateOne(new Document("_id", caseId), new Document("$set",
                    new Document("view", json.substring(0, at) + flipped + json.substring(at + 1))));
            changed++;
        }
        assertThat(changed).isPositive();
        get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.subject.fullName").isEqualTo("[unreadable]")
                .jsonPath("$.notes[0].text").isEqualTo("intact");
        assertThat(meters.counter("setu.privacy.unreadable").count()).as("reported").isPositive();
    }

    @Test
    void the_retention_job_erases_what_expired_and_audits_it() {
        String closed = openCategory("DOCUMENTATION");
        String stillOpen = openCategory("DOCUMENTATION");
        String otherCategory = openCategory("RETURN_REINTEGRATION");
        post("/api/v1/cases/" + closed + "/close", "moe-cw", Map.of("reason", "done")).expectStatus().isNoContent();
        post("/api/v1/cases/" + otherCategory + "/close", "moe-cw", Map.of("reason", "done")).expectStatus().isNoContent();

        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(retention.runOnce()).isGreaterThanOrEqualTo(0).satisfies(n ->
                        get("/api/v1/cases/" + closed, "moe-cw").expectStatus().isOk().expectBody()
                                .jsonPath("$.subject.fullName").isEqualTo("[erased]")));
        get("/api/v1/cases/" + stillOpen, "moe-cw").expectBody().jsonPath("$.subject.fullName").isEqualTo("Salma");
        get("/api/v1/cases/" + otherCategory, "moe-cw").expectBody().jsonPath("$.subject.fullName").isEqualTo("Salma");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                get("/api/v1/audit?caseId=" + closed + "&type=SubjectErased", "reviewer").expectStatus().isOk()
                        .expectBody().jsonPath("$.items[0].actor").isEqualTo("retention-job")
                        .jsonPath("$.items[0].reason").value(r -> assertThat((String) r).contains("Retention period")));
    }

    @Test
    void the_retention_job_erases_the_complainant_of_an_ended_complaint_by_the_same_mechanism() {
        var status = post("/api/v1/recruiting-agencies", "admin", Map.of("licence", "RL-0123", "name", "Agency RL-0123",
                "district", "Dhaka")).expectBody(Map.class).returnResult().getStatus().value();
        assertThat(status).isIn(201, 409);
        Map<String, Object> complaint = Map.of("recruitingAgency", "RL-0123", "channel", "HELPLINE",
                "categories", List.of("EXCESS_FEES"), "countryOfDestination", "SA",
                "complainant", Map.of("fullName", "Morium Akter", "sex", "F"));
        String ended = (String) post("/api/v1/complaints", "moe-cw", complaint).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId");
        String open = (String) post("/api/v1/complaints", "moe-cw", complaint).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId");
        post("/api/v1/complaints/" + ended + "/withdraw", "moe-cw", Map.of("reason", "settled"))
                .expectStatus().isNoContent();

        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(retention.runOnce()).isGreaterThanOrEqualTo(0).satisfies(n ->
                        get("/api/v1/complaints/" + ended, "moe-cw").expectStatus().isOk().expectBody()
                                .jsonPath("$.complainant.fullName").isEqualTo("[erased]")));
        get("/api/v1/complaints/" + open, "moe-cw").expectBody().jsonPath("$.complainant.fullName").isEqualTo("Morium Akter");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                get("/api/v1/audit?caseId=" + ended + "&type=ComplainantErased", "reviewer").expectStatus().isOk()
                        .expectBody().jsonPath("$.items[0].actor").isEqualTo("retention-job")
                        .jsonPath("$.items[0].reason").value(r -> assertThat((String) r).contains("RETENTION")));
        assertThat(retention.runOnce()).as("erased once: the next run finds nothing of it").isZero();
    }

    private String openCategory(String category) {
        Map<?, ?> body = post("/api/v1/cases", "moe-cw", Map.of("category", category, "migrationStage", "RETURN",
                "district", "Dhaka", "subject", Map.of("fullName", "Salma")))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("caseId");
    }

    private static String body(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private List<String> collectionsHolding(String needle) {
        return StoredText.collectionsHolding(database, needle);
    }

    private List<Path> filesHolding(String needle) throws IOException {
        byte[] pattern = needle.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).filter(f -> contains(read(f), pattern)).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean contains(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
