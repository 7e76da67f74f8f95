package org.setu.infra.web;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.Map;

/** Every client error is an RFC 9457 problem with a stable type; no stack trace reaches a client. */
class ProblemResponsesTest extends ApiTestBase {

    private static final String TYPES = "https://setu.example/problems/";

    @Test
    void a_wrong_enum_value_names_the_field_and_the_allowed_values() {
        post("/api/v1/cases", "moe-cw", Map.of("category", "SMUGGLING", "migrationStage", "RETURN", "district", "Dhaka",
                "subject", Map.of("fullName", "X")))
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(TYPES + "invalid-input")
                .jsonPath("$.errors[0].field").isEqualTo("category")
                .jsonPath("$.errors[0].message").value(m -> Assertions.assertThat((String) m)
                        .contains("TRAFFICKING"));
    }

    @Test
    void a_missing_or_oversized_field_is_a_400_naming_it() {
        post("/api/v1/cases", "moe-cw", Map.of("category", "OTHER", "migrationStage", "RETURN", "district", "Dhaka"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("subject");
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "LEAD_AGENCY", "text", "x".repeat(10_001)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo(TYPES + "text-too-long")
                .jsonPath("$.errors[0].field").isEqualTo("text");
        post("/api/v1/cases/" + caseId + "/close", "moe-cw", Map.of("reason", " "))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo(TYPES + "text-required");
    }

    @Test
    void malformed_json_is_a_400() {
        web.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"category\": ").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo(TYPES + "invalid-input");
    }

    @Test
    void a_body_over_the_cap_is_a_413() {
        web.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"district\":\"" + "d".repeat(70_000) + "\"}").exchange()
                .expectStatus().isEqualTo(413).expectBody().jsonPath("$.type").isEqualTo(TYPES + "payload-too-large");
    }

    @Test
    void a_body_that_is_not_json_is_a_415() {
        web.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange()
                .expectStatus().isEqualTo(415).expectBody().jsonPath("$.type").isEqualTo(TYPES + "unsupported-media-type");
    }

    @Test
    void a_forbidden_role_is_a_403() {
        post("/api/v1/cases", "moe-fp", Map.of("category", "OTHER", "migrationStage", "RETURN", "district", "Dhaka",
                "subject", Map.of("fullName", "X"))).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(TYPES + "role-required");
        post("/api/v1/agencies", "moe-cw", Map.of("agencyId", "new-one", "name", "N", "type", "NGO"))
                .expectStatus().isForbidden();
    }

    @Test
    void a_refused_rule_is_a_422_naming_the_rule_and_the_request() {
        String caseId = openCase();
        refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        post("/api/v1/cases/" + caseId + "/close", "moe-cw", Map.of("reason", "done"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo(TYPES + "active-referrals")
                .jsonPath("$.title").isEqualTo("Active referrals").jsonPath("$.instance").isEqualTo("/api/v1/cases/" + caseId + "/close");
    }

    @Test
    void an_unknown_case_referral_or_agency_is_a_404() {
        get("/api/v1/cases/C00000000-0000-0000-0000-000000000000", "moe-cw").expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(TYPES + "case-not-found");
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/referrals/R-none/accept", "moe-fp", Map.of()).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(TYPES + "referral-not-found");
        get("/api/v1/agencies/no-such-agency", "moe-cw").expectStatus().isNotFound();
    }

    @Test
    void an_existing_agency_id_is_a_409() {
        post("/api/v1/agencies", "admin", Map.of("agencyId", "iom-bd", "name", "Again", "type", "UN_AGENCY"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(TYPES + "agency-already-registered");
    }

    @Test
    void a_page_size_over_the_cap_and_an_unknown_filter_are_400s_naming_the_parameter() {
        get("/api/v1/cases?size=1000", "moe-cw").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        get("/api/v1/cases?status=HALF_OPEN", "moe-cw").expectStatus().isBadRequest();
    }

    @Test
    void a_malformed_header_is_a_400_naming_the_header() {
        String caseId = openCase();
        web.post().uri("/api/v1/cases/" + caseId + "/close").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header(HttpHeaders.IF_MATCH, "yesterday").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "r")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("If-Match");
    }

    @Test
    void the_openapi_document_and_its_ui_are_served() {
        // The first request builds the whole document (every route, schema and example): slow on a busy 2-core machine.
        web.mutate().responseTimeout(Duration.ofSeconds(90)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.openapi").value(v -> Assertions.assertThat((String) v).startsWith("3.1"))
                .jsonPath("$.paths['/api/v1/cases/{caseId}/referrals/{referralId}/accept']").exists()
                .jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer");
        web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
