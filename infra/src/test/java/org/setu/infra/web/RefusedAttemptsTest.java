package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.setu.api.security.TokenSigningKeys;
import org.setu.infra.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Requests on a case by callers without need-to-know leave a trace for the secretariat (outcome
 * NOT_FOUND_FOR_CALLER) while the caller learns nothing; a referral the caller may not see is the same 404 as an
 * unknown one; the recording is rate-limited so that probing cannot flood the chain, which still verifies.
 */
class RefusedAttemptsTest extends ApiTestBase {

    @Autowired
    TokenSigningKeys signingKeys;

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> refusals(String caseId) {
        Map<String, Object> page = get("/api/v1/audit?caseId=" + caseId + "&size=100", "reviewer").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(e -> "NOT_FOUND_FOR_CALLER".equals(e.get("outcome"))).toList();
    }

    @Test
    void a_read_without_need_to_know_is_a_404_and_an_audit_entry() {
        String caseId = openCase();
        get("/api/v1/cases/" + caseId, "out-cw").expectStatus().isNotFound().expectBody()
                .jsonPath("$.type").isEqualTo("https://setu.example/problems/case-not-found");

        await().atMost(Duration.ofSeconds(10)).until(() -> refusals(caseId).size() == 1);
        Map<String, Object> entry = refusals(caseId).get(0);
        assertThat(entry).containsEntry("actor", "out-cw").containsEntry("agency", "ngo-outside")
                .containsEntry("caseId", caseId).containsEntry("action", "GET /api/v1/cases/{caseId}");
        get("/api/v1/audit/verify", "reviewer").expectStatus().isOk().expectBody().jsonPath("$.valid").isEqualTo(true);
    }

    @Test
    void a_command_without_need_to_know_is_recorded_with_its_route() {
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/close", "out-fp", Map.of("reason", "probe")).expectStatus().isNotFound();
        await().atMost(Duration.ofSeconds(10)).until(() -> refusals(caseId).size() == 1);
        assertThat(refusals(caseId).get(0)).containsEntry("action", "POST /api/v1/cases/{caseId}/close")
                .containsEntry("actor", "out-fp");
    }

    @Test
    void a_referral_the_caller_may_not_see_is_the_same_404_as_an_unknown_one() {
        String caseId = openCase();
        refer(caseId, "moe-cw", "ngo-a", "PSYCHOSOCIAL");
        String toIom = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        String unseen = "/api/v1/cases/" + caseId + "/referrals/" + toIom + "/decline";
        String unknown = "/api/v1/cases/" + caseId + "/referrals/R-does-not-exist/decline";
        Map<String, String> body = Map.of("reasonCode", "NO_CAPACITY", "reason", "r");

        var hidden = post(unseen, "ngo-fp", body).expectStatus().isNotFound().expectBody(Map.class).returnResult().getResponseBody();
        var missing = post(unknown, "ngo-fp", body).expectStatus().isNotFound().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(hidden.get("type")).isEqualTo(missing.get("type"))
                .isEqualTo("https://setu.example/problems/referral-not-found");
        assertThat(hidden.toString()).doesNotContain("iom-bd");

        await().atMost(Duration.ofSeconds(10)).until(() -> refusals(caseId).stream()
                .anyMatch(e -> toIom.equals(e.get("referralId"))));
        // The receiving agency itself still decides on its own referral.
        post(unseen, "iom-fp", body).expectStatus().isNoContent();
    }

    @Test
    void probing_is_recorded_at_a_bounded_rate_and_the_chain_stays_valid() {
        String caseId = openCase();
        // A prober of its own, so that other tests' attempts do not share its budget.
        String prober = "Bearer " + Tokens.embedded(signingKeys).with(c -> c.subject("prober-" + System.nanoTime())
                .claim("agency", "ngo-outside").claim("roles", List.of("FOCAL_POINT")));
        for (int i = 0; i < 25; i++) {
            web.get().uri("/api/v1/cases/" + caseId).header(HttpHeaders.AUTHORIZATION, prober).exchange()
                    .expectStatus().isNotFound();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> refusals(caseId).size() >= 10);
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(refusals(caseId)).hasSizeBetween(10, 11);
        get("/api/v1/audit/verify", "reviewer").expectStatus().isOk().expectBody().jsonPath("$.valid").isEqualTo(true);
    }

    @Test
    void no_agency_can_be_registered_under_a_reserved_or_partner_id() {
        for (String id : List.of("unknown", "secretariat", "partner", "research-1")) {
            post("/api/v1/agencies", "admin", Map.of("agencyId", id, "name", "X", "type", "NGO",
                    "services", List.of(Map.of("serviceType", "SHELTER", "districts", List.of("Dhaka")))))
                    .expectStatus().isEqualTo(409).expectBody()
                    .jsonPath("$.type").isEqualTo("https://setu.example/problems/agency-id-reserved");
        }
        post("/api/v1/agreements", "admin", Map.of("partner", "iom-bd", "eventTypes", List.of("*"),
                "categories", List.of("RETURN_REINTEGRATION"), "identifiers", "PSEUDONYMOUS",
                "validUntil", "2030-01-01T00:00:00Z"))
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo("https://setu.example/problems/partner-is-an-agency");
    }
}
