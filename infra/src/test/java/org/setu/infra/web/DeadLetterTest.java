package org.setu.infra.web;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.SetuTestProperties;
import org.setu.infra.web.console.ConsoleClient;
import org.setu.kernel.referral.NoteAddedEvent;
import org.setu.kernel.referral.NoteVisibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A projection that fails on an event: the event is dead-lettered, health shows it, and a retry delivers it. */
@Import(DeadLetterTest.FlakyConfiguration.class)
class DeadLetterTest extends ApiTestBase {

    @DynamicPropertySource
    static void own(DynamicPropertyRegistry registry) {
        SetuTestProperties.freshStore(registry);
    }

    @Autowired
    FlakyProjection flaky;

    @BeforeEach
    void failingAgain() {
        flaky.healed = false;
    }

    @Test
    void a_failing_event_is_dead_lettered_shown_in_health_and_retried() {
        String caseId = openCase();
        String noteId = post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "LEAD_AGENCY", "text",
                "poison pill")).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("noteId").toString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get("/api/v1/admin/dead-letters", "admin")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.groups[?(@.processingGroup=='flaky-projection')].letters").isEqualTo(List.of(1))
                .jsonPath("$.groups[?(@.processingGroup=='flaky-projection')].causes[0]")
                .isEqualTo(List.of("java.lang.IllegalStateException")));
        web.get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, bearer("admin")).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DEGRADED")
                .jsonPath("$.components.deadLetters.status").isEqualTo("DEGRADED")
                .jsonPath("$.components.deadLetters.details['flaky-projection'].letters").isEqualTo(1);
        get("/api/v1/admin/dead-letters", "moe-cw").expectStatus().isForbidden();

        flaky.healed = true;
        post("/api/v1/admin/dead-letters/flaky-projection/retry", "admin", Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.sequencesCleared").isEqualTo(1);
        assertThat(flaky.seen).contains(noteId);
        web.get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, bearer("admin")).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.deadLetters.status").isEqualTo("UP");
    }

    @Test
    void a_retry_and_a_refused_retry_are_entries_of_the_audit_trail() {
        post("/api/v1/admin/dead-letters/flaky-projection/retry", "admin", Map.of()).expectStatus().isOk();
        post("/api/v1/admin/dead-letters/no-such-group/retry", "admin", Map.of()).expectStatus().isNotFound();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=DeadLettersRetried",
                "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].actor").isEqualTo("admin")
                .jsonPath("$.items[0].outcome").isEqualTo("ACCEPTED")
                .jsonPath("$.items[0].reason").value(reason -> assertThat((String) reason)
                        .startsWith("projection flaky-projection: ").endsWith("sequences cleared")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=RetryDeadLettersCommand",
                "reviewer").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].outcome").isEqualTo("REFUSED")
                .jsonPath("$.items[0].errorCode").isEqualTo("projection-not-found")
                .jsonPath("$.items[0].reason").isEqualTo("target no-such-group"));
    }

    @Test
    void the_operations_page_shows_the_waiting_events_and_hands_them_back() {
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "LEAD_AGENCY", "text",
                "poison pill")).expectStatus().isCreated();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get("/api/v1/admin/dead-letters", "admin")
                .expectBody().jsonPath("$.groups[?(@.processingGroup=='flaky-projection')].letters").isEqualTo(List.of(1)));

        var admin = new ConsoleClient(web);
        admin.login("admin", PASSWORD);
        assertThat(admin.get("/console/operations").getStatus().value()).isEqualTo(200);
        assertThat(admin.lastBody).contains("id=\"dead-letter-groups\"", "flaky-projection",
                "<code>java.lang.IllegalStateException</code>", "id=\"retry-flaky-projection\"")
                .doesNotContain("id=\"no-dead-letters\"");

        flaky.healed = true;
        var retried = admin.post("/console/operations/dead-letters/flaky-projection/retry", true);
        assertThat(retried.getStatus().value()).isEqualTo(303);
        assertThat(ConsoleClient.location(retried))
                .isEqualTo("/console/operations?done=deadLettersRetried&group=flaky-projection&count=1");
        admin.get(ConsoleClient.location(retried));
        assertThat(admin.lastBody).contains("The waiting events were handed back to flaky-projection. Records no longer held up: 1.",
                "id=\"no-dead-letters\"").doesNotContain("id=\"retry-flaky-projection\"");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=DeadLettersRetried",
                "reviewer").expectBody().jsonPath("$.items[0].reason")
                .isEqualTo("projection flaky-projection: 1 sequences cleared"));
    }

    /** Registers the flaky projection. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyConfiguration {
        @Bean
        FlakyProjection flakyProjection() {
            return new FlakyProjection();
        }
    }

    /** Fails on notes for the lead agency only until healed (it cannot read the sealed text, nor should it). */
    @ProcessingGroup("flaky-projection")
    static class FlakyProjection {
        volatile boolean healed;
        final List<String> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(NoteAddedEvent event) {
            if (!healed && event.visibility() == NoteVisibility.LEAD_AGENCY) {
                throw new IllegalStateException("cannot digest " + event.noteId());
            }
            seen.add(event.noteId().value());
        }
    }
}
