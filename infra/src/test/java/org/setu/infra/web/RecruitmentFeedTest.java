package org.setu.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.support.SseClient;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The licensing authority follows complaints against its licensees and the sanctions it imposes through a partner
 * feed under an agreement for RECRUITMENT_COMPLAINT: each step as a versioned CloudEvent, the complaint known only
 * by the partner's pseudonym (also where a sanction cites it), and nothing of the complainant.
 */
class RecruitmentFeedTest extends RecruitmentApiTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void agencies() {
        licensed("RL-0123");
    }

    private String partnerToken(String client) {
        return (String) web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=" + client + "&client_secret=partner-secret")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("access_token");
    }

    @Test
    void complaint_steps_and_sanctions_reach_the_licensing_authority_pseudonymously_without_the_complainant() throws Exception {
        post("/api/v1/agreements", "admin", Map.of("partner", "licensing-authority", "eventTypes", List.of("*"),
                "categories", List.of("RECRUITMENT_COMPLAINT"), "identifiers", "PSEUDONYMOUS",
                "validFrom", "2020-01-01T00:00:00Z", "validUntil", "2099-01-01T00:00:00Z",
                "reason", "licensing authority follows complaints")).expectStatus().isCreated();
        String canary = "Canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = file(complaint("RL-0123", canary, "F", false));
        step(id, "register", Map.of());
        step(id, "notify-agency", Map.of());
        step(id, "hearing", Map.of("at", Instant.now().minusSeconds(60).toString()));
        step(id, "award", Map.of("amountBdt", 150_000));
        step(id, "payment", Map.of("amountBdt", 100_000));
        Map<?, ?> sanction = post("/api/v1/recruiting-agencies/RL-0123/sanctions", "admin", Map.of("kind", "FINE",
                "reason", "fees charged to " + canary, "amountBdt", 50_000, "complaintIds", List.of(id)))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String sanctionId = (String) sanction.get("sanctionId");

        List<SseClient.Message> all;
        try (SseClient sse = SseClient.open(port, "/api/v1/feeds/events", partnerToken("licensing-authority"), null)) {
            assertThat(sse.status()).isEqualTo(200);
            all = sse.readUntil(m -> m.stream().anyMatch(x -> x.data() != null && x.data().contains(sanctionId)),
                    Duration.ofSeconds(20)).stream().filter(m -> m.id() != null).toList();
        }
        List<JsonNode> events = new ArrayList<>();
        for (SseClient.Message m : all) {
            JsonNode event = JSON.readTree(m.data());
            assertThat(event.get("data").get("category").asText()).isEqualTo("RECRUITMENT_COMPLAINT");
            assertThat(m.data()).doesNotContain(canary).doesNotContain(id).doesNotContain("EB0123456")
                    .doesNotContain("+8801711000000").doesNotContain("450000").doesNotContain("fees charged");
            events.add(event);
        }
        JsonNode sanctioned = events.stream().filter(e -> e.get("type").asText().equals("org.setu.recruiting-agency.sanctioned.v1")
                && e.get("data").get("sanctionId").asText().equals(sanctionId)).findFirst().orElseThrow();
        String pseudonym = sanctioned.get("data").get("complaints").asText();
        assertThat(pseudonym).as("the cited complaint, by the partner's pseudonym").startsWith("p_");
        List<JsonNode> complaint = events.stream().filter(e -> pseudonym.equals(e.path("subject").asText())).toList();
        assertThat(complaint).extracting(e -> e.get("type").asText()).containsExactly("org.setu.complaint.filed.v1",
                "org.setu.complaint.registered.v1", "org.setu.complaint.agency-notified.v1",
                "org.setu.complaint.hearing-held.v1", "org.setu.complaint.awarded.v1",
                "org.setu.complaint.payment-recorded.v1");
        JsonNode filed = complaint.get(0).get("data");
        assertThat(filed.get("recruitingAgency").asText()).isEqualTo("RL-0123");
        assertThat(filed.get("categories").asText()).isEqualTo("EXCESS_FEES");
        assertThat(filed.get("channel").asText()).isEqualTo("HELPLINE");
        assertThat(filed.has("sex")).isFalse();
        assertThat(complaint.get(4).get("data").get("amountBdt").asText()).isEqualTo("150000");
        assertThat(complaint.get(5).get("data").get("recruitingAgency").asText()).isEqualTo("RL-0123");
        assertThat(sanctioned.get("data").get("kind").asText()).isEqualTo("FINE");
        assertThat(sanctioned.get("data").get("amountBdt").asText()).isEqualTo("50000");
        assertThat(sanctioned.get("data").get("complaints").asText()).isEqualTo(pseudonym);
        assertThat(sanctioned.get("data").has("reason")).isFalse();
    }
}
