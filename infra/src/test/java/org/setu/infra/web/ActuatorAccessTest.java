package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.Map;

/** Operations endpoints: status only for anonymous probes, details for the secretariat's admins, nothing for partners. */
class ActuatorAccessTest extends ApiTestBase {

    private String partnerToken() {
        return "Bearer " + web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=research-1&client_secret=partner-secret").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("access_token");
    }

    @Test
    void anonymous_health_is_the_status_only() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist()
                .jsonPath("$.details").doesNotExist();
    }

    @Test
    void the_secretariat_admin_reads_the_details() {
        web.get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, bearer("admin")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.components.eventStore.status").isEqualTo("UP");
    }

    @Test
    void other_staff_see_the_status_only_and_no_metrics() {
        web.get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, bearer("moe-fp")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.components").doesNotExist();
        web.get().uri("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, bearer("moe-fp")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void a_partner_token_reads_no_actuator_endpoint() {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness", "/actuator/prometheus",
                "/actuator/info", "/actuator/metrics"}) {
            web.get().uri(path).header(HttpHeaders.AUTHORIZATION, partnerToken()).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }
}
