package org.setu.infra.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Accepted recruitment commands are in the one audit chain like a case's: each complaint step under the complaint's
 * id (its sealed reasons opened for the reviewer, shown erased once the complainant is), each licence, deployment,
 * sanction and appeal with the licence; a complaint asked for without need-to-know is recorded as a case is; the
 * chain still verifies.
 */
class RecruitmentAuditTest extends RecruitmentApiTestBase {

    @BeforeEach
    void agencies() {
        licensed("RL-0123");
    }

    @Test
    void each_complaint_step_is_an_audit_entry_under_the_complaint_with_its_reason_opened_for_the_reviewer() {
        String id = file(complaint("RL-0123", "Nasima Khatun", "F", false));
        step(id, "register", Map.of());
        post("/api/v1/complaints/" + id + "/share", "moe-fp", Map.of("agency", "ngo-a")).expectStatus().isNoContent();
        step(id, "withdraw", Map.of("reason", "settled with the agency privately"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?caseId=" + id, "reviewer")
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(4));
        get("/api/v1/audit?caseId=" + id, "reviewer").expectBody()
                .jsonPath("$.items[0].action").isEqualTo("ComplaintWithdrawn")
                .jsonPath("$.items[0].reason").isEqualTo("settled with the agency privately")
                .jsonPath("$.items[0].actor").isEqualTo("moe-cw")
                .jsonPath("$.items[1].action").isEqualTo("ComplaintShared")
                .jsonPath("$.items[1].reason").isEqualTo("shared with agency ngo-a")
                .jsonPath("$.items[2].action").isEqualTo("ComplaintRegistered")
                .jsonPath("$.items[3].action").isEqualTo("ComplaintFiled")
                .jsonPath("$.items[3].agency").isEqualTo("moewoe")
                .jsonPath("$.items[3].reason").doesNotExist();
        String chained = get("/api/v1/audit/export", "reviewer").expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(chained).as("the chain keeps the sealed form").doesNotContain("settled with the agency privately");

        post("/api/v1/complaints/" + id + "/erase-complainant", "admin", Map.of("reason", "asked to be forgotten"))
                .expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?caseId=" + id, "reviewer")
                .expectBody().jsonPath("$.items[0].action").isEqualTo("ComplainantErased")
                .jsonPath("$.items[0].reason").isEqualTo("REQUEST: asked to be forgotten")
                .jsonPath("$.items[1].reason").isEqualTo("[erased]"));
        get("/api/v1/audit/verify", "reviewer").expectStatus().isOk().expectBody().jsonPath("$.valid").isEqualTo(true);
    }

    @Test
    void sanctions_and_appeals_are_audit_entries_naming_the_licence_and_the_sanction() {
        String id = file(complaint("RL-0123", "Jamal Uddin", "M", false));
        Map<?, ?> created = post("/api/v1/recruiting-agencies/RL-0123/sanctions", "admin", Map.of("kind", "WARNING",
                "reason", "fees above the ceiling", "complaintIds", List.of(id)))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String sanction = (String) created.get("sanctionId");
        post("/api/v1/recruiting-agencies/RL-0123/sanctions/" + sanction + "/appeal", "rec-0123",
                Map.of("grounds", "the fee was refunded")).expectStatus().isNoContent();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=SanctionAppealed", "reviewer")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.reason == 'recruiting agency RL-0123, sanction " + sanction
                        + ": the fee was refunded')].actor").isEqualTo(List.of("rec-0123")));
        get("/api/v1/audit?type=SanctionImposed", "reviewer").expectBody()
                .jsonPath("$.items[?(@.reason == 'recruiting agency RL-0123, sanction " + sanction
                        + ": fees above the ceiling')].agency").isEqualTo(List.of("secretariat"));
    }

    @Test
    void a_complaint_asked_for_without_need_to_know_is_a_404_and_an_entry_in_the_trail() {
        String id = file(complaint("RL-0123", "Amena Begum", "F", false));
        get("/api/v1/complaints/" + id, "out-cw").expectStatus().isNotFound();
        post("/api/v1/complaints/" + id + "/register", "out-cw", Map.of()).expectStatus().isNotFound();
        get("/api/v1/complaints/K0000-0000-none", "out-cw").expectStatus().isNotFound();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?caseId=" + id + "&actor=out-cw",
                "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items[?(@.outcome == 'NOT_FOUND_FOR_CALLER')].action").isEqualTo(List.of(
                        "POST /api/v1/complaints/{complaintId}/register", "GET /api/v1/complaints/{complaintId}"))
                .jsonPath("$.items[0].agency").isEqualTo("ngo-outside"));
        get("/api/v1/audit?caseId=K0000-0000-none", "reviewer").expectBody().jsonPath("$.total").isEqualTo(0);
        get("/api/v1/audit/verify", "reviewer").expectStatus().isOk().expectBody().jsonPath("$.valid").isEqualTo(true);
    }

    @Test
    void who_was_shown_a_complainant_is_in_the_trail_and_a_complaint_reads_as_it_stood_then() throws Exception {
        String id = file(complaint("RL-0123", "Shahnaz Parvin", "F", false));
        Instant filed = Instant.now();
        Thread.sleep(20);
        step(id, "register", Map.of());
        assertThat(body("/api/v1/complaints/" + id, "moe-cw")).contains("Shahnaz Parvin", "\"status\":\"REGISTERED\"");
        assertThat(body("/api/v1/complaints/" + id, "reviewer")).doesNotContain("Shahnaz");
        assertThat(body("/api/v1/complaints/" + id, "rec-0123")).doesNotContain("Shahnaz");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?caseId=" + id
                + "&type=ComplainantViewed", "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].actor").isEqualTo("moe-cw")
                .jsonPath("$.items[0].outcome").isEqualTo("VIEWED"));

        assertThat(body("/api/v1/complaints/" + id + "?asOf=" + filed, "moe-cw"))
                .as("as it stood when filed").contains("\"status\":\"RECEIVED\"").doesNotContain("REGISTERED");
        get("/api/v1/complaints/" + id + "?asOf=2020-01-01T00:00:00Z", "moe-cw").expectStatus().isNotFound();
        get("/api/v1/complaints/" + id + "?asOf=" + filed, "out-cw").expectStatus().isNotFound();
        get("/api/v1/complaints/" + id + "?asOf=yesterday", "moe-cw").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("asOf");
    }
}
