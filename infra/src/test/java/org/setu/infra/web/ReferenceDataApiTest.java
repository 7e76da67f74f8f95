package org.setu.infra.web;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** Districts and countries are chosen from the shipped lists: any name of one value is one value, stored one way. */
class ReferenceDataApiTest extends ApiTestBase {

    private Map<String, Object> openBody(String district, String destination) {
        return Map.of("category", "RETURN_REINTEGRATION", "migrationStage", "RETURN", "district", district,
                "countryOfDestination", destination,
                "subject", Map.of("fullName", "Rahima Begum", "dateOfBirth", "1990-01-31", "sex", "F"),
                "consent", Map.of("agencies", List.of("iom-bd"), "purposes", List.of("SERVICE_PROVISION")));
    }

    @Test
    void a_case_opened_with_a_bangla_district_and_a_lower_case_country_is_stored_by_english_name_and_code() {
        var created = post("/api/v1/cases", "moe-cw", openBody("ঢাকা", "sa")).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        get("/api/v1/cases/" + created.get("caseId"), "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.district").isEqualTo("Dhaka").jsonPath("$.countryOfDestination").isEqualTo("SA");
    }

    @Test
    void a_misspelt_district_and_an_unknown_country_are_refused_together_naming_close_matches() {
        post("/api/v1/cases", "moe-cw", openBody("Dhakka", "XQ")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='district')].message").value(m -> Assertions
                        .assertThat(m.toString()).contains("not one of Bangladesh's 64 districts", "did you mean Dhaka"))
                .jsonPath("$.errors[?(@.field=='countryOfDestination')]").isNotEmpty();
    }

    @Test
    void an_agency_serving_an_old_spelling_is_stored_by_the_official_one_and_found_by_its_bangla_name() {
        post("/api/v1/agencies", "admin", Map.of("agencyId", "ctg-shelter", "name", "Chattogram Shelter", "type", "NGO",
                "services", List.of(Map.of("serviceType", "SHELTER", "districts", List.of("Chittagong"),
                        "languages", List.of("bn"), "intakeHours", "24/7")))).expectStatus().isCreated();
        get("/api/v1/agencies/ctg-shelter", "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.services[0].districts[0]").isEqualTo("Chattogram");
        get("/api/v1/agencies?district=চট্টগ্রাম", "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.agencyId=='ctg-shelter')]").isNotEmpty();
        post("/api/v1/agencies", "admin", Map.of("agencyId", "nowhere-ngo", "name", "Nowhere", "type", "NGO",
                "services", List.of(Map.of("serviceType", "SHELTER", "districts", List.of("Atlantis"),
                        "languages", List.of("bn"))))).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("services[0].districts[0]");
    }

    @Test
    void the_lists_are_served_for_clients_to_offer_the_same_choices() {
        get("/api/v1/reference/districts", "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(64)
                .jsonPath("$[?(@.geocode=='3026')].bn").isEqualTo("ঢাকা");
        get("/api/v1/reference/divisions", "moe-cw").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(8);
        get("/api/v1/reference/countries", "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.code=='MY')].en").isEqualTo("Malaysia");
    }
}
