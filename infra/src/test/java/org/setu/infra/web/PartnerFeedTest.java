package org.setu.infra.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.setu.infra.support.SseClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner feed over SSE, read by a plain HTTP client: scoped by the agreement, pseudonymous, without personal data,
 * resumable without gap or duplicate, and stopped by revocation.
 */
class PartnerFeedTest extends ApiTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MeterRegistry meters;
    private static final String TYPES = "https://setu.example/problems/";

    private String partnerToken(String client) {
        return (String) web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=" + client + "&client_secret=partner-secret")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("access_token");
    }

    private String agreement(String partner, List<String> categories, List<String> types) {
        Map<?, ?> created = post("/api/v1/agreements", "admin", Map.of("partner", partner, "eventTypes", types,
                "categories", categories, "identifiers", "PSEUDONYMOUS", "validFrom", "2020-01-01T00:00:00Z",
                "validUntil", "2099-01-01T00:00:00Z", "reason", "feed test"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("agreementId");
    }

    private String openCase(String category, String canary) {
        Map<?, ?> body = post("/api/v1/cases", "moe-cw", Map.of("category", category, "migrationStage", "RETURN",
                "district", "Dhaka", "subject", Map.of("fullName", canary, "passportNumber", "P" + canary.substring(0, 8)),
                "consent", Map.of("agencies", List.of("iom-bd"), "purposes", List.of("SERVICE_PROVISION"))))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String caseId = (String) body.get("caseId");
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "ALL_AGENCIES", "text", "note " + canary))
                .expectStatus().isCreated();
        return caseId;
    }

    /** A scripted scenario on two cases, one of them TRAFFICKING; returns the RETURN_REINTEGRATION case id. */
    private String scenario(String canary) {
        String trafficking = openCase("TRAFFICKING", canary);
        refer(trafficking, "moe-cw", "iom-bd", "REINTEGRATION");
        String returnee = openCase("RETURN_REINTEGRATION", canary);
        String referral = refer(returnee, "moe-cw", "iom-bd", "REINTEGRATION");
        post("/api/v1/cases/" + returnee + "/referrals/" + referral + "/accept", "iom-fp", Map.of()).expectStatus().is2xxSuccessful();
        post("/api/v1/cases/" + returnee + "/referrals/" + referral + "/start", "iom-cw", Map.of()).expectStatus().is2xxSuccessful();
        post("/api/v1/cases/" + returnee + "/referrals/" + referral + "/complete", "iom-cw",
                Map.of("outcome", "reintegration grant paid " + canary)).expectStatus().is2xxSuccessful();
        return returnee;
    }

    private static List<SseClient.Message> cloudEvents(List<SseClient.Message> messages) {
        return messages.stream().filter(m -> m.id() != null).toList();
    }

    @Test
    void a_partner_sees_its_scoped_pseudonymous_events_resumes_without_gap_and_is_cut_off_by_revocation() throws Exception {
        String canary = "Canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String agreement = agreement("feed-1", List.of("RETURN_REINTEGRATION"), List.of("*"));
        String returnee = scenario(canary);
        String token = partnerToken("feed-1");

        List<SseClient.Message> all;
        try (SseClient sse = SseClient.open(port, "/api/v1/feeds/events", token, null)) {
            assertThat(sse.status()).isEqualTo(200);
            all = cloudEvents(sse.readUntil(m -> m.stream().anyMatch(x -> "org.setu.referral.completed.v1".equals(x.event())),
                    Duration.ofSeconds(20)));
        }
        assertThat(all).extracting(SseClient.Message::event).containsSubsequence("org.setu.case.opened.v1",
                "org.setu.referral.requested.v1", "org.setu.referral.accepted.v1", "org.setu.referral.started.v1",
                "org.setu.referral.completed.v1");
        List<Long> ids = all.stream().map(m -> Long.parseLong(m.id())).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        String subject = null;
        for (SseClient.Message m : all) {
            JsonNode event = JSON.readTree(m.data());
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("source").asText()).isEqualTo("urn:setu:network");
            assertThat(event.get("type").asText()).isEqualTo(m.event());
            assertThat(event.get("data").get("category").asText()).isEqualTo("RETURN_REINTEGRATION");
            assertThat(event.get("subject").asText()).startsWith("p_");
            assertThat(m.data()).doesNotContain(canary).doesNotContain(returnee).doesNotContain("TRAFFICKING");
            if (event.get("data").has("leadAgency") && m.event().equals("org.setu.case.opened.v1")) {
                subject = event.get("subject").asText();
            }
        }
        String pseudonym = String.valueOf(subject);
        assertThat(all.stream().filter(m -> m.data().contains(pseudonym)).count()).as("one case, one pseudonym")
                .isGreaterThanOrEqualTo(5);

        // Resume from the middle: exactly the rest, no gap, no duplicate.
        int cut = all.size() / 2;
        try (SseClient sse = SseClient.open(port, "/api/v1/feeds/events", token, all.get(cut - 1).id())) {
            List<SseClient.Message> rest = cloudEvents(sse.readUntil(m -> cloudEvents(m).size() >= all.size() - cut,
                    Duration.ofSeconds(20)));
            assertThat(rest).extracting(SseClient.Message::id)
                    .containsExactlyElementsOf(all.subList(cut, all.size()).stream().map(SseClient.Message::id).toList());
        }

        // Revocation ends an open stream at once.
        try (SseClient sse = SseClient.open(port, "/api/v1/feeds/events", token, all.get(all.size() - 1).id())) {
            var beat = sse.readUntil(m -> m.stream().anyMatch(x -> ":".equals(x.event())), Duration.ofSeconds(5));
            assertThat(beat).as("heartbeats").anyMatch(x -> ":".equals(x.event()));
            post("/api/v1/agreements/" + agreement + "/revoke", "admin", Map.of("reason", "ended")).expectStatus().isNoContent();
            var tail = sse.readUntil(m -> m.stream().anyMatch(x -> "agreement-ended".equals(x.event())), Duration.ofSeconds(5));
            assertThat(tail).anyMatch(x -> "agreement-ended".equals(x.event()));
            assertThat(sse.ended()).isTrue();
        }
        try (SseClient sse = SseClient.open(port, "/api/v1/feeds/events", token, null)) {
            assertThat(sse.status()).isEqualTo(403);
            assertThat(sse.errorBody()).contains(TYPES + "no-agreement");
        }
    }

    @Test
    void an_agreement_without_a_start_covers_history_and_one_with_a_start_hides_what_came_before() throws Exception {
        String before = openCase("IRREGULAR_MIGRATION_RISK", "Salma Khatun");
        String start = Instant.now().toString();
        post("/api/v1/agreements", "admin", Map.of("partner", "feed-4", "eventTypes", List.of("org.setu.case.opened.v1"),
                "categories", List.of("IRREGULAR_MIGRATION_RISK"), "validUntil", "2099-01-01T00:00:00Z"))
                .expectStatus().isCreated();
        post("/api/v1/agreements", "admin", Map.of("partner", "feed-5", "eventTypes", List.of("org.setu.case.opened.v1"),
                "categories", List.of("IRREGULAR_MIGRATION_RISK"), "validFrom", start,
                "validUntil", "2099-01-01T00:00:00Z")).expectStatus().isCreated();
        String after = openCase("IRREGULAR_MIGRATION_RISK", "Salma Khatun");
        assertThat(before).isNotEqualTo(after);

        List<SseClient.Message> history;
        try (SseClient sse = SseClient.open(port, "/api/v1/feeds/events", partnerToken("feed-4"), null)) {
            history = cloudEvents(sse.readUntil(m -> cloudEvents(m).size() >= 2, Duration.ofSeconds(10)));
        }
        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        List<SseClient.Message> fromStart;
        try (SseClient sse = SseClient.open(port, "/api/v1/feeds/events", partnerToken("feed-5"), null)) {
            fromStart = cloudEvents(sse.readUntil(m -> cloudEvents(m).size() >= 2, Duration.ofSeconds(3)));
        }
        assertThat(fromStart).as("only the case opened after validFrom").hasSize(history.size() - 1)
                .extracting(SseClient.Message::id).containsExactlyElementsOf(history.subList(1, history.size()).stream()
                        .map(SseClient.Message::id).toList());
    }

    @Test
    void a_partner_with_two_agreements_in_force_sees_what_each_covers() throws Exception {
        agreement("feed-6", List.of("RETURN_REINTEGRATION"), List.of("org.setu.case.opened.v1"));
        agreement("feed-6", List.of("TRAFFICKING"), List.of("org.setu.case.opened.v1"));
        String returnee = openCase("RETURN_REINTEGRATION", "Rahima Begum");
        String survivor = openCase("TRAFFICKING", "Rahima Begum");
        openCase("DOCUMENTATION", "Rahima Begum");

        List<SseClient.Message> seen;
        try (SseClient sse = SseClient.open(port, "/api/v1/feeds/events", partnerToken("feed-6"), null)) {
            seen = cloudEvents(sse.readUntil(m -> m.stream().filter(x -> x.id() != null)
                    .map(x -> category(x.data())).distinct().count() >= 2, Duration.ofSeconds(10)));
        }
        assertThat(seen).extracting(m -> category(m.data())).contains("RETURN_REINTEGRATION", "TRAFFICKING")
                .doesNotContain("DOCUMENTATION");
        assertThat(seen).extracting(SseClient.Message::event).containsOnly("org.setu.case.opened.v1");
        assertThat(seen).allSatisfy(m -> assertThat(m.data()).doesNotContain(returnee).doesNotContain(survivor)
                .doesNotContain("Rahima"));
    }

    private static String category(String cloudEvent) {
        try {
            return JSON.readTree(cloudEvent).get("data").get("category").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bad_positions_and_too_many_connections_are_problems() throws Exception {
        agreement("feed-2", List.of("OTHER"), List.of("org.setu.case.opened.v1"));
        String token = partnerToken("feed-2");
        try (SseClient sse = SseClient.open(port, "/api/v1/feeds/events", token, "abc")) {
            assertThat(sse.status()).isEqualTo(400);
            assertThat(sse.errorBody()).contains(TYPES + "invalid-input").contains("Last-Event-ID");
        }
        try (SseClient a = SseClient.open(port, "/api/v1/feeds/events", token, null);
             SseClient b = SseClient.open(port, "/api/v1/feeds/events", token, null);
             SseClient c = SseClient.open(port, "/api/v1/feeds/events", token, null);
             SseClient d = SseClient.open(port, "/api/v1/feeds/events", token, null)) {
            assertThat(List.of(a.status(), b.status(), c.status())).containsOnly(200);
            assertThat(d.status()).isEqualTo(429);
            assertThat(meters.get("setu.feed.connections").gauge().value()).isGreaterThanOrEqualTo(3);
            assertThat(d.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
            assertThat(d.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(d.errorBody()).contains(TYPES + "too-many-connections");
        }
        get("/api/v1/feeds/events", "moe-cw").expectStatus().isForbidden();
    }

    @Test
    void an_unread_stream_does_not_hold_up_another() throws Exception {
        agreement("feed-3", List.of("DOCUMENTATION"), List.of("*"));
        String token = partnerToken("feed-3");
        try (SseClient idle = SseClient.open(port, "/api/v1/feeds/events", token, null);
             SseClient live = SseClient.open(port, "/api/v1/feeds/events", token, null)) {
            assertThat(idle.status()).isEqualTo(200);
            for (int i = 0; i < 30; i++) {
                post("/api/v1/cases", "moe-cw", Map.of("category", "DOCUMENTATION", "migrationStage", "RETURN",
                        "district", "Dhaka", "subject", Map.of("fullName", "Salma"))).expectStatus().isCreated();
            }
            var seen = cloudEvents(live.readUntil(m -> cloudEvents(m).size() >= 30, Duration.ofSeconds(20)));
            assertThat(seen).hasSizeGreaterThanOrEqualTo(30);
        }
    }
}
