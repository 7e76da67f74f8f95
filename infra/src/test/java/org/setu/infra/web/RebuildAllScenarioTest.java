package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After a scripted multi-agency scenario, every stakeholder's view is right, and stays byte-for-byte the same after
 * every projection is rebuilt from the log.
 */
class RebuildAllScenarioTest extends ApiTestBase {

    private static final List<String> PROJECTIONS = List.of("case-views", "caseloads", "referral-queues",
            "agency-directory", "network-indicators");

    private Map<String, String> snapshot(String caseId) {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("moe case", body(get("/api/v1/cases/" + caseId, "moe-cw")));
        views.put("ngo case", body(get("/api/v1/cases/" + caseId, "ngo-cw")));
        views.put("iom caseload", body(get("/api/v1/cases?size=100", "iom-cw")));
        views.put("ngo incoming", body(get("/api/v1/referrals?direction=incoming&size=100", "ngo-fp")));
        views.put("iom outgoing", body(get("/api/v1/referrals?direction=outgoing&size=100", "iom-fp")));
        views.put("directory", body(get("/api/v1/agencies", "moe-cw")));
        views.put("indicators", body(get("/api/v1/indicators", "reviewer")));
        return views;
    }

    private static String body(WebTestClient.ResponseSpec spec) {
        return new String(spec.expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    @Test
    void every_view_is_right_after_the_scenario_and_unchanged_after_a_full_rebuild() {
        String caseId = openCase();
        String toIom = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        post("/api/v1/cases/" + caseId + "/referrals/" + toIom + "/accept", "iom-fp", Map.of()).expectStatus().isNoContent();
        String toNgo = refer(caseId, "iom-cw", "ngo-a", "PSYCHOSOCIAL");
        post("/api/v1/cases/" + caseId + "/referrals/" + toNgo + "/accept", "ngo-fp", Map.of()).expectStatus().isNoContent();
        post("/api/v1/cases/" + caseId + "/notes", "ngo-cw", Map.of("visibility", "ALL_AGENCIES", "text", "session 1 held"))
                .expectStatus().isCreated();

        Map<String, String> before = snapshot(caseId);
        assertThat(before.get("ngo case")).contains(toNgo).doesNotContain(toIom + "\"").contains("session 1 held");
        assertThat(before.get("iom caseload")).contains(caseId);
        assertThat(before.get("ngo incoming")).contains(toNgo);
        assertThat(before.get("iom outgoing")).contains(toNgo);
        assertThat(before.get("indicators")).contains("\"agency\":\"ngo-a\"");

        for (String projection : PROJECTIONS) {
            post("/api/v1/admin/projections/" + projection + "/rebuild", "admin", Map.of()).expectStatus().isAccepted();
        }
        for (String projection : PROJECTIONS) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    get("/api/v1/admin/projections/" + projection + "/rebuild", "admin").expectBody()
                            .jsonPath("$.state").isEqualTo("DONE"));
        }
        assertThat(snapshot(caseId)).isEqualTo(before);
    }
}
