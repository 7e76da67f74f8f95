package org.setu.infra.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** The remaining case and referral actions, each through its endpoint. */
class CaseActionsApiTest extends ApiTestBase {

    @Test
    void decline_fail_and_withdraw_end_referrals_with_their_reasons() {
        String caseId = openCase();
        String declined = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        post("/api/v1/cases/" + caseId + "/referrals/" + declined + "/decline", "iom-fp",
                Map.of("reasonCode", "NO_CAPACITY", "reason", "caseload full")).expectStatus().isNoContent();
        post("/api/v1/cases/" + caseId + "/referrals/" + declined + "/decline", "iom-fp",
                Map.of("reasonCode", "NO_CAPACITY")).expectStatus().isNotFound();
        String failed = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        post("/api/v1/cases/" + caseId + "/referrals/" + failed + "/accept", "iom-fp", Map.of()).expectStatus().isNoContent();
        post("/api/v1/cases/" + caseId + "/referrals/" + failed + "/fail", "iom-cw", Map.of("reason", "moved abroad"))
                .expectStatus().isNoContent();
        String withdrawn = refer(caseId, "moe-cw", "ngo-a", "PSYCHOSOCIAL");
        post("/api/v1/cases/" + caseId + "/referrals/" + withdrawn + "/withdraw", "moe-cw", Map.of("reason", "no longer needed"))
                .expectStatus().isNoContent();
        get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.referrals[0].status").isEqualTo("DECLINED")
                .jsonPath("$.referrals[0].declineReasonCode").isEqualTo("NO_CAPACITY")
                .jsonPath("$.referrals[0].reason").isEqualTo("caseload full")
                .jsonPath("$.referrals[1].status").isEqualTo("FAILED")
                .jsonPath("$.referrals[2].status").isEqualTo("WITHDRAWN");
        post("/api/v1/cases/" + caseId + "/referrals/" + declined + "/withdraw", "moe-cw", Map.of("reason", "late"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/invalid-transition");
    }

    @Test
    void consent_is_recorded_the_lead_offer_declined_and_a_closed_case_reopened() {
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/consent", "moe-cw", Map.of("agencies", List.of("iom-bd"),
                "agencyTypes", List.of("NGO"), "purposes", List.of("SERVICE_PROVISION", "FOLLOW_UP")))
                .expectStatus().isNoContent();
        get("/api/v1/cases/" + caseId, "moe-cw").expectBody()
                .jsonPath("$.consent.agencyTypes[0]").isEqualTo("NGO")
                .jsonPath("$.consent.purposes.length()").isEqualTo(2);
        post("/api/v1/cases/" + caseId + "/lead-transfer", "moe-fp", Map.of("toAgency", "iom-bd", "reason", "handover"))
                .expectStatus().isNoContent();
        post("/api/v1/cases/" + caseId + "/lead-transfer/decline", "iom-fp", Map.of("reason", "no capacity"))
                .expectStatus().isNoContent();
        get("/api/v1/cases/" + caseId, "moe-cw").expectBody().jsonPath("$.leadAgency").isEqualTo("moewoe")
                .jsonPath("$.transferTarget").doesNotExist();
        post("/api/v1/cases/" + caseId + "/close", "moe-cw", Map.of("reason", "done")).expectStatus().isNoContent();
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "LEAD_AGENCY", "text", "late"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://setu.example/problems/case-closed");
        post("/api/v1/cases/" + caseId + "/reopen", "moe-cw", Map.of("reason", "new complaint")).expectStatus().isNoContent();
        get("/api/v1/cases/" + caseId, "moe-cw").expectBody().jsonPath("$.status").isEqualTo("OPEN");
    }
}
