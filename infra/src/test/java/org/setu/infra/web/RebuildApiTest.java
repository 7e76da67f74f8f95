package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.setu.query.referral.CaseloadProjection;
import org.setu.query.common.Generations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A projection rebuilt from the log through the admin API: progress shown, same answers after the switch. */
class RebuildApiTest extends ApiTestBase {

    @Autowired
    Generations generations;

    @Test
    void a_rebuilt_caseload_answers_as_before_and_a_new_generation_serves_it() {
        String caseId = openCase();
        String referral = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        post("/api/v1/cases/" + caseId + "/referrals/" + referral + "/accept", "iom-fp", Map.of()).expectStatus().isNoContent();
        byte[] before = get("/api/v1/cases?size=100", "iom-cw").expectStatus().isOk().expectBody().returnResult().getResponseBody();
        int generationBefore = generations.state("caseloads").active();

        post("/api/v1/admin/projections/caseloads/rebuild", "admin", Map.of()).expectStatus().isAccepted()
                .expectHeader().valueEquals("Location", "/api/v1/admin/projections/caseloads/rebuild")
                .expectBody().jsonPath("$.state").isEqualTo("RUNNING").jsonPath("$.eventsTotal").isNumber();
        post("/api/v1/admin/projections/caseloads/rebuild", "admin", Map.of()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://setu.example/problems/rebuild-running");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                get("/api/v1/admin/projections/caseloads/rebuild", "admin").expectStatus().isOk().expectBody()
                        .jsonPath("$.state").isEqualTo("DONE"));
        get("/api/v1/admin/projections/caseloads/rebuild", "admin").expectBody()
                .jsonPath("$.etaSeconds").isEqualTo(0)
                .jsonPath("$.eventsDone").value(done -> assertThat(((Number) done).longValue()).isPositive());

        assertThat(generations.state("caseloads").active()).isEqualTo(generationBefore + 1);
        byte[] after = get("/api/v1/cases?size=100", "iom-cw").expectStatus().isOk().expectBody().returnResult().getResponseBody();
        assertThat(new String(after)).isEqualTo(new String(before));
        assertThat(CaseloadProjection.ROWS).isNotBlank();
    }

    @Test
    void a_start_repeated_under_one_idempotency_key_answers_the_first_and_starts_no_second_rebuild() {
        String path = "/api/v1/admin/projections/referral-queues/rebuild";
        String first = startWithKey(path, "rebuild-queues-once");
        String again = startWithKey(path, "rebuild-queues-once");
        assertThat(again).as("the first answer, not a second rebuild (nor a 409 for the running one)").isEqualTo(first);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                get(path, "admin").expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("DONE"));
        assertThat(startWithKey(path, "rebuild-queues-once")).as("still the first, after it finished").isEqualTo(first);
    }

    private String startWithKey(String path, String key) {
        return web.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer("admin")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange().expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void a_rebuild_started_and_one_refused_are_entries_of_the_audit_trail() {
        String path = "/api/v1/admin/projections/network-indicators/rebuild";
        post(path, "admin", Map.of()).expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                get(path, "admin").expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("DONE"));
        post("/api/v1/admin/projections/nonsense/rebuild", "admin", Map.of()).expectStatus().isNotFound();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=ProjectionRebuildStarted",
                "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].actor").isEqualTo("admin")
                .jsonPath("$.items[0].roles").isEqualTo("SECRETARIAT_ADMIN")
                .jsonPath("$.items[0].reason").value(reason -> assertThat((String) reason)
                        .startsWith("projection network-indicators: ").endsWith(" events to replay")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=RebuildProjectionCommand",
                "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].outcome").isEqualTo("REFUSED")
                .jsonPath("$.items[0].errorCode").isEqualTo("projection-not-found")
                .jsonPath("$.items[0].reason").isEqualTo("target nonsense"));
        get("/api/v1/audit/verify", "reviewer").expectStatus().isOk().expectBody().jsonPath("$.valid").isEqualTo(true);
    }

    @Test
    void the_rebuildable_projections_are_listed_by_name_with_their_last_rebuild_for_the_admin_only() {
        get("/api/v1/admin/projections", "admin").expectStatus().isOk().expectBody()
                .jsonPath("$.projections[*].processingGroup").value(groups -> assertThat(
                        ((List<?>) groups).stream().map(Object::toString).toList())
                        .contains("caseloads", "case-views", "referral-queues", "network-indicators")
                        .doesNotContain("audit-trail").isSorted())
                .jsonPath("$.projections[?(@.processingGroup=='caseloads')].state").value(state ->
                        assertThat(state.toString()).matches("\\[\"(NONE|RUNNING|DONE)\"\\]"));
        get("/api/v1/admin/projections", "reviewer").expectStatus().isForbidden();
        get("/api/v1/admin/projections", "moe-cw").expectStatus().isForbidden();
    }

    @Test
    void unknown_projections_and_callers_without_the_role_are_refused() {
        post("/api/v1/admin/projections/nonsense/rebuild", "admin", Map.of()).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://setu.example/problems/projection-not-found");
        post("/api/v1/admin/projections/caseloads/rebuild", "moe-cw", Map.of()).expectStatus().isForbidden();
        get("/api/v1/admin/projections/nonsense/rebuild", "admin").expectStatus().isNotFound();
    }
}
