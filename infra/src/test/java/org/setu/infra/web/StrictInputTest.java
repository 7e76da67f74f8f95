package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies are read strictly, every refused field is named at once, and typed-in numbers are normalised. */
class StrictInputTest extends ApiTestBase {

    private static final String TYPES = "https://setu.example/problems/";
    private static final String FACTS = "\"category\":\"OTHER\",\"migrationStage\":\"RETURN\"";

    private WebTestClient.ResponseSpec openRaw(String json) {
        return raw("/api/v1/cases", MediaType.APPLICATION_JSON_VALUE, json);
    }

    private WebTestClient.ResponseSpec raw(String uri, String contentType, String body) {
        return web.post().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header(HttpHeaders.CONTENT_TYPE, contentType).bodyValue(body).exchange();
    }

    private static String withSubject(String subject) {
        return "{" + FACTS + ",\"district\":\"Dhaka\",\"subject\":" + subject + "}";
    }

    @Test
    void a_key_given_twice_is_refused_naming_the_key() {
        openRaw("{" + FACTS + ",\"district\":\"Dhaka\",\"district\":\"Khulna\",\"subject\":{\"fullName\":\"A\"}}")
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(TYPES + "invalid-input")
                .jsonPath("$.errors[0].field").isEqualTo("district");
    }

    @Test
    void content_after_the_body_is_refused() {
        openRaw(withSubject("{\"fullName\":\"A\"}") + " {\"category\":\"TRAFFICKING\"}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo(TYPES + "invalid-input")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("more than one JSON value"));
    }

    @Test
    void a_number_or_a_boolean_where_a_string_belongs_is_refused_not_coerced() {
        openRaw("{" + FACTS + ",\"district\":17,\"subject\":{\"fullName\":true}}")
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'district')].message").value(m -> assertThat(m.toString()).contains("must be a string"))
                .jsonPath("$.errors[?(@.field == 'subject.fullName')]").exists();
        openRaw("{\"category\":3,\"migrationStage\":\"RETURN\",\"district\":\"Dhaka\",\"subject\":{\"fullName\":\"A\"}}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("category");
    }

    @Test
    void control_characters_are_refused_except_newline_and_tab_in_free_text() {
        openRaw("{" + FACTS + ",\"district\":\"Dha\\u0007ka\",\"subject\":{\"fullName\":\"A\"}}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("district")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("U+0007"));
        openRaw(withSubject("{\"fullName\":\"A\\u0000B\"}")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("subject.fullName");
        String caseId = openCase();
        raw("/api/v1/cases/" + caseId + "/notes", MediaType.APPLICATION_JSON_VALUE,
                "{\"visibility\":\"LEAD_AGENCY\",\"text\":\"first line\\nsecond\\tcolumn\"}").expectStatus().isCreated();
    }

    @Test
    void an_unpaired_surrogate_is_refused() {
        openRaw(withSubject("{\"fullName\":\"Ra\\ud800hima\"}")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("subject.fullName")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("surrogate"));
    }

    @Test
    void a_bidi_override_in_a_name_is_refused() {
        openRaw(withSubject("{\"fullName\":\"Rahima \\u202Emugeb\"}")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("subject.fullName")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("U+202E"));
        post("/api/v1/agencies", "admin", Map.of("agencyId", "bidi-ngo", "name", "NGO \u2066x\u2069", "type", "NGO"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void a_birth_date_in_the_future_is_refused() {
        String tomorrowEverywhere = LocalDate.now().plusDays(2).toString();
        openRaw(withSubject("{\"fullName\":\"A\",\"dateOfBirth\":\"" + tomorrowEverywhere + "\"}"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("subject.dateOfBirth");
        openRaw(withSubject("{\"fullName\":\"A\",\"dateOfBirth\":\"" + LocalDate.now().minusDays(1) + "\"}"))
                .expectStatus().isCreated();
    }

    @Test
    void json_in_another_charset_ndjson_and_other_types_are_415() {
        for (String type : List.of("application/json;charset=ISO-8859-1", "application/json;charset=UTF-16",
                "application/x-ndjson", "application/xml", "text/plain", "application/x-www-form-urlencoded")) {
            raw("/api/v1/cases", type, withSubject("{\"fullName\":\"A\"}")).expectStatus().isEqualTo(415)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo(TYPES + "unsupported-media-type");
        }
        raw("/api/v1/cases", "application/json;charset=UTF-8", withSubject("{\"fullName\":\"A\"}")).expectStatus().isCreated();
    }

    @Test
    void every_refused_field_of_a_body_is_reported_at_once() {
        openRaw("{\"category\":\"SMUGGLING\",\"migrationStage\":\"RETURN\",\"district\":17,\"countryOfOrigin\":\"BGD\","
                + "\"subject\":{\"fullName\":\" \",\"dateOfBirth\":\"2999-01-01\",\"phone\":\"01\\u00077\"},"
                + "\"vulnerabilities\":[\"MINOR\",null]}")
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "invalid-input")
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields).containsExactlyInAnyOrder(
                        "category", "district", "countryOfOrigin", "subject.fullName", "subject.dateOfBirth",
                        "subject.phone", "vulnerabilities"));
    }

    @Test
    void a_query_parameter_of_the_wrong_type_names_the_parameter_and_its_allowed_values() {
        get("/api/v1/cases?status=HALF_OPEN", "moe-cw").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("status")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("OPEN", "CLOSED", "HALF_OPEN"))
                .jsonPath("$.allowed").value(a -> assertThat((List<String>) a).contains("OPEN", "CLOSED"))
                .jsonPath("$.detail").value(d -> assertThat((String) d).doesNotContain("Type mismatch"));
        get("/api/v1/cases?page=first", "moe-cw").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("page")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("whole number"));
    }

    @Test
    void phone_and_passport_numbers_are_stored_in_nfc_with_ascii_digits() {
        // Bengali digits, and an E with a combining acute accent (NFD) in the passport number.
        String bengali = open("+\u09EE\u09EE\u09E6\u09E7\u09ED\u09E6\u09E6\u09E6\u09E6\u09E6\u09E6\u09E6\u09E6",
                "BE\u0301\u09E7\u09E8\u09E9\u09EA\u09EB\u09EC\u09ED");
        String ascii = open("+8801700000000", "B\u00C9" + "1234567");
        Map<?, ?> first = subject(bengali);
        Map<?, ?> second = subject(ascii);
        assertThat(first.get("phone")).isEqualTo("+8801700000000").isEqualTo(second.get("phone"));
        assertThat(first.get("passportNumber")).isEqualTo("B\u00C91234567").isEqualTo(second.get("passportNumber"));
    }

    private String open(String phone, String passport) {
        Map<?, ?> body = post("/api/v1/cases", "moe-cw", Map.of("category", "OTHER", "migrationStage", "RETURN",
                "district", "Dhaka", "subject", Map.of("fullName", "Karim", "phone", phone, "passportNumber", passport)))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("caseId");
    }

    private Map<?, ?> subject(String caseId) {
        Map<?, ?> view = get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        return (Map<?, ?>) view.get("subject");
    }
}
