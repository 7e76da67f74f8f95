package org.setu.infra.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint flow over HTTP: file, register, notify, hear, award, pay, close; refusals as stable problems. */
class RecruitmentApiTest extends RecruitmentApiTestBase {

    @BeforeEach
    void agencies() {
        licensed("RL-0123");
        licensed("RL-0456");
    }

    @Test
    void a_complaint_goes_from_intake_to_award_and_payment() {
        String id = file(complaint("RL-0123", "Karim Uddin", "M", false));
        step(id, "register", Map.of());
        step(id, "notify-agency", Map.of());
        step(id, "hearing", Map.of("at", Instant.now().minusSeconds(60).toString()));
        step(id, "award", Map.of("amountBdt", 150_000));
        step(id, "payment", Map.of("amountBdt", 100_000));
        get("/api/v1/complaints/" + id, "moe-cw").expectStatus().isOk().expectHeader().exists("ETag").expectBody()
                .jsonPath("$.status").isEqualTo("PARTIALLY_PAID")
                .jsonPath("$.amounts.awardBdt").isEqualTo(150_000)
                .jsonPath("$.amounts.paidBdt").isEqualTo(100_000)
                .jsonPath("$.complainant.fullName").isEqualTo("Karim Uddin");
        post("/api/v1/complaints/" + id + "/payment", "moe-cw", Map.of("amountBdt", 50_001))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo(TYPES + "payment-exceeds-award");
        step(id, "payment", Map.of("amountBdt", 50_000));
        step(id, "close", Map.of("outcome", "paid in full"));
        post("/api/v1/complaints/" + id + "/hearing", "moe-cw", Map.of("at", Instant.now().toString()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo(TYPES + "complaint-ended");
        step(id, "reopen", Map.of("reason", "the cheque bounced"));
        get("/api/v1/complaints/" + id, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("REOPENED")
                .jsonPath("$.steps[?(@.step == 'REOPENED')].reason").isEqualTo(List.of("the cheque bounced"));
    }

    @Test
    void refused_steps_and_inputs_are_stable_problems() {
        String id = file(complaint("RL-0123", "Amena Khatun", "F", false));
        post("/api/v1/complaints/" + id + "/award", "moe-cw", Map.of("amountBdt", 1000))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo(TYPES + "award-needs-hearing");
        post("/api/v1/complaints/" + id + "/notify-agency", "moe-cw", Map.of())
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo(TYPES + "invalid-transition");
        post("/api/v1/complaints/" + id + "/award", "moe-cw", Map.of("amountBdt", -5))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo(TYPES + "invalid-input");
        var unknown = complaint("RL-0789", "X Y", "F", false);
        post("/api/v1/complaints", "moe-cw", unknown).expectStatus().isNotFound().expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "recruiting-agency-not-found");
        var tooMuch = complaint("RL-0123", "X Y", "F", false);
        tooMuch.put("costPaidBdt", 5_000_000_000L);
        post("/api/v1/complaints", "moe-cw", tooMuch).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("costPaidBdt");
        post("/api/v1/complaints", "admin", complaint("RL-0123", "X Y", "F", false)).expectStatus().isForbidden();
        post("/api/v1/recruiting-agencies", "admin", Map.of("licence", "RL-0123", "name", "Again", "district", "Dhaka"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(TYPES + "recruiting-agency-exists");
        post("/api/v1/recruiting-agencies", "moe-fp", Map.of("licence", "RL-0124", "name", "X", "district", "Dhaka"))
                .expectStatus().isForbidden();
    }

    @Test
    void sanctions_cite_complaints_against_the_agency_and_its_representative_appeals() {
        String id = file(complaint("RL-0123", "Sadia Akter", "F", false));
        String other = file(complaint("RL-0456", "Rubel Mia", "M", false));
        post("/api/v1/recruiting-agencies/RL-0123/sanctions", "admin", Map.of("kind", "FINE", "reason", "fees",
                "amountBdt", 50_000, "complaintIds", List.of(id, other))).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "sanction-cites-other-complaint");
        post("/api/v1/recruiting-agencies/RL-0123/sanctions", "admin", Map.of("kind", "FINE", "reason", "fees",
                "complaintIds", List.of(id))).expectStatus().isBadRequest();
        Map<?, ?> created = post("/api/v1/recruiting-agencies/RL-0123/sanctions", "admin", Map.of("kind", "SUSPENSION",
                "reason", "repeated excess fees", "suspensionDays", 90, "complaintIds", List.of(id)))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String sanction = (String) created.get("sanctionId");
        String appeal = "/api/v1/recruiting-agencies/RL-0123/sanctions/" + sanction + "/appeal";
        post(appeal, "rec-0456", Map.of("grounds", "not ours")).expectStatus().isForbidden();
        post(appeal, "rec-0123", Map.of("grounds", "we refunded")).expectStatus().isNoContent();
        post(appeal, "rec-0123", Map.of("grounds", "again")).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "appeal-already-lodged");
        get("/api/v1/recruiting-agencies/RL-0123", "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("SUSPENDED")
                .jsonPath("$.sanctions[?(@.sanctionId == '" + sanction + "')].appeal").isEqualTo(List.of("LODGED"));
        post("/api/v1/recruiting-agencies/RL-0123/sanctions/" + sanction + "/decision", "admin",
                Map.of("outcome", "OVERTURNED", "reason", "no hearing was held")).expectStatus().isNoContent();
        get("/api/v1/recruiting-agencies/RL-0123", "rec-0123").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("LICENSED");
    }

    @Test
    void a_licence_is_never_a_network_agency_and_only_its_representative_carries_it() {
        post("/api/v1/agencies", "admin", Map.of("agencyId", "rl-0001", "name", "Posing", "type", "NGO",
                "services", List.of())).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "agency-id-reserved");
        get("/api/v1/complaints", "posing-cw").expectStatus().isUnauthorized();
        get("/api/v1/complaints", "rec-0123").expectStatus().isOk();
        get("/api/v1/cases/" + openCase(), "rec-0123").expectStatus().isNotFound();
    }

    @Test
    void deployments_are_recorded_by_the_secretariat_per_month() {
        web.put().uri("/api/v1/recruiting-agencies/RL-0456/deployments/2026-02")
                .header("Authorization", bearer("admin")).header("Content-Type", "application/json")
                .bodyValue(Map.of("workers", 80, "women", 20)).exchange().expectStatus().isNoContent();
        web.put().uri("/api/v1/recruiting-agencies/RL-0456/deployments/2026-13")
                .header("Authorization", bearer("admin")).header("Content-Type", "application/json")
                .bodyValue(Map.of("workers", 80, "women", 20)).exchange().expectStatus().isBadRequest();
        get("/api/v1/recruiting-agencies/RL-0456", "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.deployments['2026-02'].workers").isEqualTo(80);
        assertThat(body("/api/v1/recruiting-agencies", "moe-cw")).contains("RL-0123", "RL-0456");
    }
}
