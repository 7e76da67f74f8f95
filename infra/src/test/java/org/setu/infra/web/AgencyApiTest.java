package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

/** The registry and directory endpoints. */
class AgencyApiTest extends ApiTestBase {

    @Test
    void registering_answers_201_with_location_and_the_directory_lists_and_filters_it() {
        post("/api/v1/agencies", "admin", Map.of("agencyId", "legal-aid-bd", "name", "Legal Aid BD", "type", "NGO",
                "services", List.of(Map.of("serviceType", "LEGAL_AID", "districts", List.of("Khulna"),
                        "languages", List.of("bn"), "intakeHours", "Sun-Thu 10-16"))))
                .expectStatus().isCreated().expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/agencies/legal-aid-bd")
                .expectBody().jsonPath("$.agencyId").isEqualTo("legal-aid-bd");
        get("/api/v1/agencies/legal-aid-bd", "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("Legal Aid BD").jsonPath("$.active").isEqualTo(true)
                .jsonPath("$.services[0].intakeHours").isEqualTo("Sun-Thu 10-16");
        get("/api/v1/agencies?serviceType=LEGAL_AID&district=Khulna&language=bn", "moe-cw").expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.agencyId=='legal-aid-bd')]").isNotEmpty()
                .jsonPath("$[?(@.agencyId=='iom-bd')]").isEmpty();
        get("/api/v1/agencies?district=Nowhere", "moe-cw").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        post("/api/v1/agencies", "admin", Map.of("agencyId", "Not An Id", "name", "x", "type", "NGO"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/invalid-identifier");
    }

    @Test
    void an_agency_admin_updates_its_agency_and_staff_but_not_another() {
        web.put().uri("/api/v1/agencies/moewoe").header(HttpHeaders.AUTHORIZATION, bearer("moe-admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "MoEWOE", "type", "MINISTRY", "services", List.of(Map.of("serviceType",
                        "REPATRIATION", "districts", List.of("Dhaka", "Sylhet"), "languages", List.of("bn")))))
                .exchange().expectStatus().isNoContent();
        get("/api/v1/agencies/moewoe", "moe-cw").expectBody().jsonPath("$.name").isEqualTo("MoEWOE");
        web.put().uri("/api/v1/agencies/iom-bd").header(HttpHeaders.AUTHORIZATION, bearer("moe-admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "hijack", "type", "NGO"))
                .exchange().expectStatus().isForbidden();
        post("/api/v1/agencies/moewoe/staff", "moe-admin", Map.of("staffId", "kc-42", "name", "New Worker",
                "roles", List.of("CASEWORKER"))).expectStatus().isNoContent();
        post("/api/v1/agencies/moewoe/staff/kc-42/remove", "moe-admin", Map.of("reason", "moved on")).expectStatus().isNoContent();
        post("/api/v1/agencies/moewoe/staff/kc-42/remove", "moe-admin", Map.of("reason", "again"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/staff-not-found");
        post("/api/v1/agencies/moewoe/staff", "moe-cw", Map.of("staffId", "kc-43", "name", "X", "roles", List.of("CASEWORKER")))
                .expectStatus().isForbidden();
    }

    @Test
    void a_suspended_agency_receives_no_referral_until_reactivated() {
        post("/api/v1/agencies", "admin", Map.of("agencyId", "shelter-x", "name", "Shelter X", "type", "NGO",
                "services", List.of(Map.of("serviceType", "SHELTER")))).expectStatus().isCreated();
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/consent/overrides", "moe-fp", Map.of("agency", "shelter-x", "reason", "urgent"))
                .expectStatus().isNoContent();
        post("/api/v1/agencies/shelter-x/suspend", "admin", Map.of("reason", "under review")).expectStatus().isNoContent();
        get("/api/v1/agencies/shelter-x", "moe-cw").expectBody().jsonPath("$.active").isEqualTo(false);
        post("/api/v1/cases/" + caseId + "/referrals", "moe-cw", Map.of("toAgency", "shelter-x", "serviceType", "SHELTER"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/agency-suspended");
        post("/api/v1/agencies/shelter-x/reactivate", "admin", Map.of("reason", "cleared")).expectStatus().isNoContent();
        refer(caseId, "moe-cw", "shelter-x", "SHELTER");
        post("/api/v1/agencies/shelter-x/suspend", "moe-admin", Map.of("reason", "x")).expectStatus().isForbidden();
    }

    @Test
    void the_staff_list_is_for_the_agencys_own_admin_and_the_secretariat_only() {
        post("/api/v1/agencies/moewoe/staff", "moe-admin", Map.of("staffId", "kc-77", "name", "Listed Worker",
                "roles", List.of("CASEWORKER", "FOCAL_POINT"))).expectStatus().isNoContent();
        for (String reader : new String[]{"moe-admin", "admin"}) {
            get("/api/v1/agencies/moewoe/staff", reader).expectStatus().isOk().expectBody()
                    .jsonPath("$.agencyId").isEqualTo("moewoe")
                    .jsonPath("$.members[?(@.staffId == 'kc-77')].name").isEqualTo("Listed Worker")
                    .jsonPath("$.members[?(@.staffId == 'kc-77')].roles.length()").isEqualTo(2);
        }
        get("/api/v1/agencies/iom-bd/staff", "moe-admin").expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("https://setu.example/problems/not-agency-member");
        get("/api/v1/agencies/moewoe/staff", "moe-cw").expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("https://setu.example/problems/role-required");
        get("/api/v1/agencies/nowhere/staff", "admin").expectStatus().isNotFound();
        post("/api/v1/agencies/moewoe/staff/kc-77/remove", "moe-admin", Map.of("reason", "moved on")).expectStatus().isNoContent();
        get("/api/v1/agencies/moewoe/staff", "admin").expectStatus().isOk().expectBody()
                .jsonPath("$.members[?(@.staffId == 'kc-77')]").isEmpty();
    }

    @Test
    void a_repeated_change_under_the_same_idempotency_key_answers_as_the_first_and_another_body_under_it_is_refused() {
        post("/api/v1/agencies", "admin", Map.of("agencyId", "shelter-k", "name", "Shelter K", "type", "NGO",
                "services", List.of(Map.of("serviceType", "SHELTER")))).expectStatus().isCreated();
        keyed("/api/v1/agencies/shelter-k/suspend", "suspend-k-1", Map.of("reason", "under review"))
                .expectStatus().isNoContent();
        keyed("/api/v1/agencies/shelter-k/suspend", "suspend-k-1", Map.of("reason", "under review"))
                .expectStatus().isNoContent();
        // Without the key's record the second reason would be taken for a retry of the first and silently dropped.
        keyed("/api/v1/agencies/shelter-k/suspend", "suspend-k-1", Map.of("reason", "another reason"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        get("/api/v1/agencies/shelter-k", "moe-cw").expectBody().jsonPath("$.active").isEqualTo(false);
    }

    private WebTestClient.ResponseSpec keyed(String uri, String key, Object body) {
        return web.post().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer("admin")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
