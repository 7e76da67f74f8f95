package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The case endpoints of the contract, happy paths and their problem responses. */
class CaseApiTest extends ApiTestBase {

    @Test
    void opening_a_case_answers_201_with_location_etag_and_id_and_the_lead_reads_it_at_once() {
        var result = web.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "TRAFFICKING", "migrationStage", "DESTINATION", "district", "Sylhet",
                        "subject", Map.of("fullName", "Karim Uddin"), "consent", Map.of("agencies", List.of("iom-bd"))))
                .exchange().expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody(Map.class).returnResult();
        String caseId = (String) result.getResponseBody().get("caseId");
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/api/v1/cases/" + caseId);

        get("/api/v1/cases/" + caseId, "moe-fp").expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody()
                .jsonPath("$.caseId").isEqualTo(caseId)
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.category").isEqualTo("TRAFFICKING")
                .jsonPath("$.leadAgency").isEqualTo("moewoe")
                .jsonPath("$.subject.fullName").isEqualTo("Karim Uddin")
                .jsonPath("$.consent.agencies[0]").isEqualTo("iom-bd");
    }

    @Test
    void a_referral_travels_through_accept_start_complete_and_the_case_closes() {
        String caseId = openCase();
        String referralId = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        String base = "/api/v1/cases/" + caseId + "/referrals/" + referralId;
        post(base + "/accept", "iom-fp", Map.of()).expectStatus().isNoContent().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
        post(base + "/start", "iom-cw", Map.of()).expectStatus().isNoContent();
        post(base + "/complete", "iom-cw", Map.of("outcome", "small business started")).expectStatus().isNoContent();
        post("/api/v1/cases/" + caseId + "/close", "moe-cw", Map.of("reason", "reintegrated")).expectStatus().isNoContent();

        get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.referrals[0].status").isEqualTo("COMPLETED")
                .jsonPath("$.referrals[0].outcome").isEqualTo("small business started")
                .jsonPath("$.referrals[0].decisionDueAt").exists();
        get("/api/v1/cases?status=CLOSED", "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.caseId=='" + caseId + "')].status").isEqualTo("CLOSED")
                .jsonPath("$.page").isEqualTo(0).jsonPath("$.size").isEqualTo(20);
    }

    @Test
    void work_queues_show_incoming_and_outgoing_referrals() {
        String caseId = openCase();
        String referralId = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        get("/api/v1/referrals?direction=incoming&status=REQUESTED", "iom-fp").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.referralId=='" + referralId + "')].fromAgency").isEqualTo("moewoe");
        get("/api/v1/referrals?direction=outgoing", "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.referralId=='" + referralId + "')].toAgency").isEqualTo("iom-bd");
        get("/api/v1/referrals?direction=incoming", "out-fp").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.referralId=='" + referralId + "')]").isEmpty();
        get("/api/v1/referrals?direction=incoming&pendingMyAction=true&size=100", "iom-fp").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.referralId=='" + referralId + "')]").isNotEmpty();
        post("/api/v1/cases/" + caseId + "/referrals/" + referralId + "/decline", "iom-fp",
                Map.of("reasonCode", "NO_CAPACITY", "reason", "full")).expectStatus().isNoContent();
        get("/api/v1/referrals?direction=incoming&pendingMyAction=true&size=100", "iom-fp").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.referralId=='" + referralId + "')]").isEmpty();
        get("/api/v1/referrals?direction=incoming&status=DECLINED&size=100", "iom-fp").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.referralId=='" + referralId + "')].status").isEqualTo("DECLINED");
        get("/api/v1/referrals?direction=sideways", "iom-fp").expectStatus().isBadRequest();
    }

    @Test
    void notes_consent_override_and_lead_transfer_work_through_the_api() {
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "LEAD_AGENCY", "text", "private"))
                .expectStatus().isCreated().expectBody().jsonPath("$.noteId").exists();
        post("/api/v1/cases/" + caseId + "/referrals", "moe-cw",
                Map.of("toAgency", "ngo-outside", "serviceType", "SHELTER"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/outside-consent");
        post("/api/v1/cases/" + caseId + "/consent/overrides", "moe-fp", Map.of("agency", "ngo-outside", "reason", "urgent shelter"))
                .expectStatus().isNoContent();
        refer(caseId, "moe-cw", "ngo-outside", "SHELTER");
        post("/api/v1/cases/" + caseId + "/lead-transfer", "moe-fp", Map.of("toAgency", "iom-bd", "reason", "handover"))
                .expectStatus().isNoContent();
        post("/api/v1/cases/" + caseId + "/lead-transfer/accept", "iom-fp", Map.of()).expectStatus().isNoContent();
        get("/api/v1/cases/" + caseId, "iom-cw").expectStatus().isOk().expectBody().jsonPath("$.leadAgency").isEqualTo("iom-bd");
        get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isNotFound();
    }

    @Test
    void if_match_with_a_stale_etag_is_412_and_a_fresh_one_passes() {
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "ALL_AGENCIES", "text", "one"))
                .expectStatus().isCreated();
        web.post().uri("/api/v1/cases/" + caseId + "/notes").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("visibility", "ALL_AGENCIES", "text", "two")).exchange()
                .expectStatus().isEqualTo(412).expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/precondition-failed");
        web.post().uri("/api/v1/cases/" + caseId + "/notes").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("visibility", "ALL_AGENCIES", "text", "two")).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
    }

    @Test
    void a_repeated_post_with_the_same_idempotency_key_returns_the_first_response_and_opens_one_case() {
        var body = Map.of("category", "DOCUMENTATION", "migrationStage", "PRE_DEPARTURE", "district", "Dhaka",
                "subject", Map.of("fullName", "Salma"));
        Map<?, ?> first = web.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header("Idempotency-Key", "open-salma-1").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> again = web.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header("Idempotency-Key", "open-salma-1").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again).isEqualTo(first);
        web.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header("Idempotency-Key", "open-salma-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "OTHER", "migrationStage", "RETURN", "district", "Dhaka",
                        "subject", Map.of("fullName", "Someone else")))
                .exchange().expectStatus().isBadRequest();
    }
}
