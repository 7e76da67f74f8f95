package org.setu.infra.web;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Data-sharing agreements through the API: created, amended, revoked (and audited); bad terms refused. */
class AgreementApiTest extends ApiTestBase {

    private static Map<String, Object> terms(List<String> types) {
        return Map.of("partner", "research-1", "eventTypes", types, "categories", List.of("RETURN_REINTEGRATION"),
                "identifiers", "PSEUDONYMOUS", "validUntil", Instant.now().plus(Duration.ofDays(90)).toString(),
                "reason", "scope change");
    }

    @Test
    void an_agreement_is_created_amended_and_revoked_by_the_secretariat_only() {
        String id = (String) post("/api/v1/agreements", "admin", terms(List.of("*"))).expectStatus().isCreated()
                .expectHeader().exists("Location").expectBody(Map.class).returnResult().getResponseBody().get("agreementId");
        web.put().uri("/api/v1/agreements/" + id).header("Authorization", bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(terms(List.of("org.setu.referral.accepted.v1"))).exchange().expectStatus().isNoContent();
        get("/api/v1/agreements", "admin").expectStatus().isOk().expectBody()
                .jsonPath("$.agreements[?(@.agreementId=='" + id + "')].terms.eventTypes")
                .isEqualTo(List.of(List.of("org.setu.referral.accepted.v1")));
        String partner = (String) web.post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=research-1&client_secret=partner-secret").exchange()
                .expectBody(Map.class).returnResult().getResponseBody().get("access_token");
        web.get().uri("/api/v1/agreements").header("Authorization", "Bearer " + partner).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.agreements[*].partner").value(p -> Assertions
                        .assertThat((List<Object>) p).isNotEmpty().containsOnly("research-1"));
        get("/api/v1/agreements", "moe-cw").expectStatus().isForbidden();
        post("/api/v1/agreements/" + id + "/revoke", "admin", Map.of("reason", "study ended")).expectStatus().isNoContent();
        get("/api/v1/agreements", "admin").expectStatus().isOk().expectBody()
                .jsonPath("$.agreements[?(@.agreementId=='" + id + "')].revoked").isEqualTo(List.of(true));
        post("/api/v1/agreements/" + id + "/revoke", "admin", Map.of("reason", "again")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://setu.example/problems/agreement-revoked");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=AgreementRevoked", "reviewer")
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].reason").isEqualTo("agreement " + id + ": study ended"));

        post("/api/v1/agreements", "admin", terms(List.of("org.setu.subject.named.v1"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("eventTypes");
        post("/api/v1/agreements", "moe-fp", terms(List.of("*"))).expectStatus().isForbidden();
        post("/api/v1/agreements/Anone-such/revoke", "admin", Map.of("reason", "x")).expectStatus().isNotFound();
    }

    @Test
    void an_amendment_repeated_under_its_idempotency_key_answers_as_the_first_and_other_terms_under_it_are_refused() {
        String id = (String) post("/api/v1/agreements", "admin", terms(List.of("*"))).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("agreementId");
        var narrower = terms(List.of("org.setu.referral.accepted.v1"));
        amend(id, "amend-1", narrower).expectStatus().isNoContent();
        amend(id, "amend-1", narrower).expectStatus().isNoContent();
        // Without the key's record, other terms under the same key would pass for a retry and be silently dropped.
        amend(id, "amend-1", terms(List.of("org.setu.referral.declined.v1"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        get("/api/v1/agreements", "admin").expectStatus().isOk().expectBody()
                .jsonPath("$.agreements[?(@.agreementId=='" + id + "')].terms.eventTypes")
                .isEqualTo(List.of(List.of("org.setu.referral.accepted.v1")));
    }

    private WebTestClient.ResponseSpec amend(String id, String key, Object body) {
        return web.put().uri("/api/v1/agreements/" + id).header("Authorization", bearer("admin"))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
