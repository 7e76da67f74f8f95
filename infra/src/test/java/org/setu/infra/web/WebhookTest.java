package org.setu.infra.web;

import org.setu.kernel.sharing.FeedEventTypes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhooks delivered to real HTTP receivers on localhost, whose signatures are checked by code written here. */
class WebhookTest extends ApiTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPES = "https://setu.example/problems/";
    private final List<HttpServer> servers = new ArrayList<>();

    @Autowired
    MeterRegistry meters;

    /** One request as the receiver saw it, and the status it answered. */
    record Received(String id, String timestamp, String signature, String body, int status) {
    }

    /** A receiver answering the n-th request (0-based) with {@code statusOf(n)}; a status of 0 means: hang for 3 s. */
    private String receiver(List<Received> log, IntUnaryOperator statusOf) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger count = new AtomicInteger();
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = statusOf.applyAsInt(count.getAndIncrement());
            if (status == 0) {
                sleep(3000);
                status = 200;
            }
            var headers = exchange.getRequestHeaders();
            log.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body, status));
            byte[] garbage = "<<not json>>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, garbage.length);
            exchange.getResponseBody().write(garbage);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        servers.add(server);
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stopReceivers() {
        servers.forEach(s -> s.stop(0));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Standard Webhooks verification, independent of Setu's signer. */
    private static boolean verifies(String secret, Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                (r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        return Arrays.asList(r.signature().split(" ")).contains(expected);
    }

    private String partnerToken(String client) {
        return (String) web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=" + client + "&client_secret=partner-secret")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("access_token");
    }

    /**
     * An agreement for the case and referral events of one category (complaints against recruiting agencies, which
     * other test classes file, share the RECRUITMENT_COMPLAINT category but not these types).
     */
    private String agreement(String partner, String category) {
        List<String> caseEvents = FeedEventTypes.KNOWN.stream()
                .filter(t -> t.startsWith("org.setu.case.") || t.startsWith("org.setu.referral.")).sorted().toList();
        return (String) post("/api/v1/agreements", "admin", Map.of("partner", partner, "eventTypes", caseEvents,
                "categories", List.of(category), "identifiers", "PSEUDONYMOUS", "validFrom", "2020-01-01T00:00:00Z",
                "validUntil", "2099-01-01T00:00:00Z", "reason", "webhook test"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("agreementId");
    }

    private Map<?, ?> register(String token, String url) {
        return web.post().uri("/api/v1/webhooks").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", url)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private String openCase(String category, String canary) {
        return (String) post("/api/v1/cases", "moe-cw", Map.of("category", category, "migrationStage", "RETURN",
                "district", "Dhaka", "subject", Map.of("fullName", canary),
                "consent", Map.of("agencies", List.of("iom-bd"), "purposes", List.of("SERVICE_PROVISION"))))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("caseId");
    }

    private static List<Received> accepted(List<Received> log) {
        return log.stream().filter(r -> r.status() / 100 == 2).toList();
    }

    @Test
    void a_receiver_failing_three_times_then_recovering_gets_every_event_once_in_order_while_a_slow_one_waits() throws Exception {
        String canary = "Canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        agreement("hook-1", "RECRUITMENT_COMPLAINT");
        agreement("hook-2", "RECRUITMENT_COMPLAINT");
        List<Received> flaky = new CopyOnWriteArrayList<>();
        List<Received> slow = new CopyOnWriteArrayList<>();
        String token = partnerToken("hook-1");
        Map<?, ?> hook = register(token, receiver(flaky, n -> n < 3 ? 500 : 200));
        register(partnerToken("hook-2"), receiver(slow, n -> 0));
        String secret = (String) hook.get("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSizeGreaterThanOrEqualTo(24);

        String caseId = openCase("RECRUITMENT_COMPLAINT", canary);
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "ALL_AGENCIES", "text", canary))
                .expectStatus().isCreated();
        String referral = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        post("/api/v1/cases/" + caseId + "/referrals/" + referral + "/accept", "iom-fp", Map.of()).expectStatus().is2xxSuccessful();
        post("/api/v1/cases/" + caseId + "/referrals/" + referral + "/start", "iom-cw", Map.of()).expectStatus().is2xxSuccessful();
        post("/api/v1/cases/" + caseId + "/referrals/" + referral + "/complete", "iom-cw", Map.of("outcome", canary))
                .expectStatus().is2xxSuccessful();
        openCase("TRAFFICKING", canary);

        await().atMost(Duration.ofSeconds(20)).until(() -> accepted(flaky).size() >= 5);
        List<Received> ok = accepted(flaky);
        assertThat(ok).extracting(Received::id).doesNotHaveDuplicates();
        assertThat(flaky.subList(0, 3)).extracting(Received::id).containsOnly(ok.get(0).id());
        List<Long> positions = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (Received r : flaky) {
            assertThat(verifies(secret, r)).as("signature of " + r.id()).isTrue();
            assertThat(r.body()).doesNotContain(canary).doesNotContain(caseId).doesNotContain("TRAFFICKING");
        }
        for (Received r : ok) {
            JsonNode event = JSON.readTree(r.body());
            assertThat(event.get("id").asText()).isEqualTo(r.id());
            positions.add(event.get("setuposition").asLong());
            types.add(event.get("type").asText());
        }
        assertThat(positions).isSorted();
        assertThat(types).containsExactly("org.setu.case.opened.v1", "org.setu.referral.requested.v1",
                "org.setu.referral.accepted.v1", "org.setu.referral.started.v1", "org.setu.referral.completed.v1");

        // The log entry of the last delivery is written once its response is back: wait for it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> web.get()
                .uri("/api/v1/webhooks/" + hook.get("webhookId") + "/deliveries?limit=100")
                .header("Authorization", "Bearer " + token).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.deliveries[?(@.outcome=='FAILED')].status").isEqualTo(List.of(500, 500, 500))
                .jsonPath("$.deliveries[?(@.outcome=='DELIVERED')].position")
                .value(delivered -> assertThat((List<?>) delivered).hasSize(5)));
        web.get().uri("/api/v1/webhooks/" + hook.get("webhookId") + "/deliveries")
                .header("Authorization", "Bearer " + partnerToken("hook-2")).exchange().expectStatus().isNotFound();
        assertThat(meters.counter("setu.webhook.deliveries", "outcome", "FAILED").count()).isGreaterThanOrEqualTo(3);
        assertThat(meters.counter("setu.webhook.deliveries", "outcome", "DELIVERED").count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void failures_are_dead_lettered_redelivered_on_request_secrets_rotate_and_revocation_stops_deliveries() throws Exception {
        String agreement = agreement("hook-3", "LABOUR_EXPLOITATION");
        List<Received> log = new CopyOnWriteArrayList<>();
        AtomicInteger healthy = new AtomicInteger();
        String token = partnerToken("hook-3");
        Map<?, ?> hook = register(token, receiver(log, n -> healthy.get() == 1 ? 200 : 503));
        String id = (String) hook.get("webhookId");
        openCase("LABOUR_EXPLOITATION", "Salma");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get().uri("/api/v1/webhooks/" + id + "/dead-letters")
                .header("Authorization", "Bearer " + token).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.deadLetters.length()").isEqualTo(1).jsonPath("$.deadLetters[0].attempts").isEqualTo(4));
        assertThat(log).hasSize(4).extracting(Received::status).containsOnly(503);
        long position = JSON.readTree(log.get(0).body()).get("setuposition").asLong();

        healthy.set(1);
        web.post().uri("/api/v1/webhooks/" + id + "/dead-letters/" + position + "/redeliver")
                .header("Authorization", "Bearer " + token).exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(10)).until(() -> accepted(log).size() == 1);
        assertThat(accepted(log).get(0).id()).isEqualTo(log.get(0).id());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> web.get().uri("/api/v1/webhooks/" + id + "/dead-letters")
                .header("Authorization", "Bearer " + token).exchange().expectBody().jsonPath("$.deadLetters.length()").isEqualTo(0));

        Map<?, ?> rotated = web.post().uri("/api/v1/webhooks/" + id + "/rotate-secret").header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        String newSecret = (String) rotated.get("secret");
        openCase("LABOUR_EXPLOITATION", "Salma");
        await().atMost(Duration.ofSeconds(10)).until(() -> accepted(log).size() == 2);
        Received afterRotation = accepted(log).get(1);
        assertThat(afterRotation.signature().split(" ")).hasSize(2);
        assertThat(verifies(newSecret, afterRotation)).isTrue();
        assertThat(verifies((String) hook.get("secret"), afterRotation)).isTrue();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?actor=hook-3", "reviewer")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.action=='WebhookRegistered')].reason")
                .isEqualTo(List.of("webhook " + id + " of hook-3 to http://localhost:" + servers.get(0).getAddress().getPort()))
                .jsonPath("$.items[?(@.action=='WebhookSecretRotated')].reason").value(r ->
                        assertThat((List<?>) r).hasSize(1)));
        post("/api/v1/agreements/" + agreement + "/revoke", "admin", Map.of("reason", "ended")).expectStatus().isNoContent();
        openCase("LABOUR_EXPLOITATION", "Salma");
        Thread.sleep(2000);
        assertThat(log).hasSize(6);
    }

    @Test
    void a_dead_letter_the_amended_agreement_no_longer_covers_is_not_redelivered_and_does_not_stall_the_webhook()
            throws Exception {
        // Categories and a start of its own, so that other tests' cases neither reach this webhook nor its cases theirs.
        String from = Instant.now().minusSeconds(1).toString();
        String agreement = (String) post("/api/v1/agreements", "admin", Map.of("partner", "hook-4",
                "eventTypes", List.of("*"), "categories", List.of("TRAFFICKING"), "identifiers", "PSEUDONYMOUS",
                "validFrom", from, "validUntil", "2099-01-01T00:00:00Z"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("agreementId");
        List<Received> log = new CopyOnWriteArrayList<>();
        AtomicInteger healthy = new AtomicInteger();
        String token = partnerToken("hook-4");
        String id = (String) register(token, receiver(log, n -> healthy.get() == 1 ? 200 : 503)).get("webhookId");
        openCase("TRAFFICKING", "Salma");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get().uri("/api/v1/webhooks/" + id + "/dead-letters")
                .header("Authorization", "Bearer " + token).exchange().expectBody()
                .jsonPath("$.deadLetters.length()").isEqualTo(1));
        long position = JSON.readTree(log.get(0).body()).get("setuposition").asLong();

        healthy.set(1);
        web.put().uri("/api/v1/agreements/" + agreement).header("Authorization", bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("eventTypes", List.of("*"),
                        "categories", List.of("RETURN_REINTEGRATION"), "identifiers", "PSEUDONYMOUS",
                        "validFrom", from, "validUntil", "2099-01-01T00:00:00Z",
                        "reason", "trafficking cases no longer shared")).exchange().expectStatus().isNoContent();
        web.post().uri("/api/v1/webhooks/" + id + "/dead-letters/" + position + "/redeliver")
                .header("Authorization", "Bearer " + token).exchange().expectStatus().isAccepted();
        openCase("RETURN_REINTEGRATION", "Rahima");

        // The webhook moves on to what the agreement covers now; the uncovered entry is never sent again.
        await().atMost(Duration.ofSeconds(15)).until(() -> !accepted(log).isEmpty());
        assertThat(accepted(log)).allSatisfy(r -> assertThat(JSON.readTree(r.body()).get("setuposition").asLong())
                .isGreaterThan(position));
        web.get().uri("/api/v1/webhooks/" + id + "/dead-letters").header("Authorization", "Bearer " + token).exchange()
                .expectBody().jsonPath("$.deadLetters.length()").isEqualTo(1);
        post("/api/v1/agreements/" + agreement + "/revoke", "admin", Map.of("reason", "test over")).expectStatus().isNoContent();
    }

    @Test
    void bad_urls_and_partners_without_agreement_are_refused() {
        String token = partnerToken("research-1");
        agreement("research-1", "OTHER");
        for (String url : List.of("ftp://example.org/x", "http://example.org/hook", "https://10.1.2.3/hook",
                "https://169.254.169.254/latest/meta-data", "https://192.168.1.10/x", "not a url", "https://user:pw@example.org/")) {
            web.post().uri("/api/v1/webhooks").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", url)).exchange()
                    .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo(TYPES + "webhook-url-refused");
        }
        web.post().uri("/api/v1/webhooks").header("Authorization", "Bearer " + partnerToken("no-agreement"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", "https://example.org/x")).exchange()
                .expectStatus().isForbidden();
        post("/api/v1/webhooks", "moe-cw", Map.of("url", "https://example.org/x")).expectStatus().isForbidden();
    }
}
