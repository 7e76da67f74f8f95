package org.setu.infra.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/**
 * Broken object-level authorisation, the OWASP API Top 10's first item, as a matrix: every case endpoint for an
 * unrelated agency (404, existence not revealed), the receiving agency's redacted view, and role limits.
 */
class NeedToKnowTest extends ApiTestBase {

    private String caseId;
    private String referralId;

    @BeforeEach
    void caseReferredToIom() {
        caseId = openCase();
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "LEAD_AGENCY", "text", "lead-only note"))
                .expectStatus().isCreated();
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "ALL_AGENCIES", "text", "shared note"))
                .expectStatus().isCreated();
        referralId = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
    }

    @Test
    void an_unrelated_agency_gets_404_on_every_case_endpoint() {
        String c = "/api/v1/cases/" + caseId;
        String r = c + "/referrals/" + referralId;
        get(c, "out-fp").expectStatus().isNotFound().expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/case-not-found");
        Map<String, Object> posts = Map.ofEntries(
                Map.entry(c + "/consent", Map.of("agencies", List.of("ngo-outside"))),
                Map.entry(c + "/consent/withdraw", Map.of("reason", "r")),
                Map.entry(c + "/consent/overrides", Map.of("agency", "ngo-outside", "reason", "r")),
                Map.entry(c + "/notes", Map.of("visibility", "ALL_AGENCIES", "text", "t")),
                Map.entry(c + "/referrals", Map.of("toAgency", "ngo-outside", "serviceType", "SHELTER")),
                Map.entry(r + "/accept", Map.of()), Map.entry(r + "/decline", Map.of("reasonCode", "OTHER", "reason", "r")),
                Map.entry(r + "/start", Map.of()), Map.entry(r + "/complete", Map.of("outcome", "o")),
                Map.entry(r + "/fail", Map.of("reason", "r")), Map.entry(r + "/withdraw", Map.of("reason", "r")),
                Map.entry(c + "/lead-transfer", Map.of("toAgency", "ngo-outside", "reason", "r")),
                Map.entry(c + "/lead-transfer/accept", Map.of()), Map.entry(c + "/lead-transfer/decline", Map.of("reason", "r")),
                Map.entry(c + "/close", Map.of("reason", "r")), Map.entry(c + "/reopen", Map.of("reason", "r")));
        posts.forEach((uri, body) -> {
            post(uri, "out-fp", body).expectStatus().isNotFound();
            post(uri, "ngo-fp", body).expectStatus().isNotFound();
        });
        get("/api/v1/cases", "out-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.caseId=='" + caseId + "')]").isEmpty();
        get("/api/v1/cases/" + caseId, "reviewer").expectStatus().isNotFound();
    }

    @Test
    void the_receiving_agency_sees_facts_its_referral_shared_notes_and_consented_personal_data_only() {
        get("/api/v1/cases/" + caseId, "iom-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.category").isEqualTo("RETURN_REINTEGRATION")
                .jsonPath("$.subject.fullName").isEqualTo("Rahima Begum")
                .jsonPath("$.consent").doesNotExist()
                .jsonPath("$.notes.length()").isEqualTo(1)
                .jsonPath("$.notes[0].text").isEqualTo("shared note")
                .jsonPath("$.referrals.length()").isEqualTo(1)
                .jsonPath("$.referrals[0].referralId").isEqualTo(referralId);
        get("/api/v1/cases?size=100", "iom-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.caseId=='" + caseId + "')].leadAgency").isEqualTo("moewoe");

        post("/api/v1/cases/" + caseId + "/consent/withdraw", "moe-cw", Map.of("reason", "subject asked"))
                .expectStatus().isNoContent();
        get("/api/v1/cases/" + caseId, "iom-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.subject").doesNotExist()
                .jsonPath("$.referrals[0].referralId").isEqualTo(referralId);
        get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.subject.fullName").isEqualTo("Rahima Begum")
                .jsonPath("$.notes.length()").isEqualTo(2);
    }

    @Test
    void access_ends_with_the_referral() {
        post("/api/v1/cases/" + caseId + "/referrals/" + referralId + "/decline", "iom-fp",
                Map.of("reasonCode", "NO_CAPACITY", "reason", "full")).expectStatus().isNoContent();
        get("/api/v1/cases/" + caseId, "iom-cw").expectStatus().isNotFound();
        get("/api/v1/cases?size=100", "iom-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.caseId=='" + caseId + "')]").isEmpty();
    }

    @Test
    void a_caseworker_cannot_do_a_focal_points_action() {
        post("/api/v1/cases/" + caseId + "/referrals/" + referralId + "/accept", "iom-cw", Map.of())
                .expectStatus().isForbidden().expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/role-required");
        post("/api/v1/cases/" + caseId + "/consent/overrides", "moe-cw", Map.of("agency", "ngo-outside", "reason", "r"))
                .expectStatus().isForbidden();
        post("/api/v1/cases/" + caseId + "/referrals/" + referralId + "/withdraw", "iom-fp", Map.of("reason", "r"))
                .expectStatus().isForbidden().expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/not-referring-agency");
    }
}
