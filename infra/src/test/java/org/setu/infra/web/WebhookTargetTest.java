package org.setu.infra.web;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.api.webhooks.WebhookUrls;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Where webhooks may go, over real HTTP: every inward address form refused at registration; a name that resolves
 * inward by the time of delivery refused then; the delivery connecting to the address that was checked (names under
 * {@code .test} resolve only through this test's resolver, never through the system's); the cap per partner.
 */
@Import(WebhookTargetTest.FakeDns.class)
class WebhookTargetTest extends ApiTestBase {

    private static final String TYPES = "https://setu.example/problems/";
    /** Names under .test (reserved: real DNS never answers them) and what they resolve to right now. */
    static final Map<String, String> NAMES = new ConcurrentHashMap<>();
    private HttpServer server;

    @TestConfiguration
    static class FakeDns {
        @Bean
        WebhookUrls.Resolver testResolver() {
            return host -> NAMES.containsKey(host) ? new InetAddress[]{InetAddress.getByName(NAMES.get(host))}
                    : InetAddress.getAllByName(host);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A receiver on 127.0.0.1 that records the Host header of each request. */
    private int receiver(List<String> hosts) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }

    private String partnerToken(String client) {
        post("/api/v1/agreements", "admin", Map.of("partner", client, "eventTypes", List.of("*"),
                "categories", List.of("RETURN_REINTEGRATION"), "identifiers", "PSEUDONYMOUS",
                "validFrom", "2020-01-01T00:00:00Z", "validUntil", "2099-01-01T00:00:00Z", "reason", "target test"))
                .expectStatus().isCreated();
        return (String) web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=" + client + "&client_secret=partner-secret")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("access_token");
    }

    private WebTestClient.ResponseSpec register(String token, String url) {
        return web.post().uri("/api/v1/webhooks").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", url)).exchange();
    }

    private String registered(String token, String url) {
        return (String) register(token, url).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("webhookId");
    }

    /** Loopback proper is allowed here (the embedded default's local receivers): WebhookUrlsTest refuses it. */
    @Test
    void every_inward_address_form_is_refused_at_registration() {
        NAMES.put("inward.test", "10.20.30.40");
        NAMES.put("mapped.test", "::ffff:169.254.169.254");
        String token = partnerToken("hook-1");
        for (String url : List.of("https://0.0.0.0/", "https://0.1.2.3/", "https://10.1.2.3/", "https://100.64.0.1/",
                "https://169.254.169.254/latest/meta-data", "https://172.16.0.1/", "https://192.0.0.8/",
                "https://192.0.2.1/", "https://192.168.1.10/", "https://198.18.0.1/", "https://224.0.0.1/",
                "https://240.0.0.1/", "https://255.255.255.255/", "https://[::]/",
                "https://[::ffff:10.0.0.1]/", "https://[::10.0.0.1]/", "https://[::ffff:0:10.0.0.1]/",
                "https://[64:ff9b::10.0.0.1]/", "https://[64:ff9b:1::8.8.8.8]/", "https://[2002:a00:1::1]/",
                "https://[2001:0:4136:e378::1]/", "https://[fc00::1]/", "https://[fe80::1]/", "https://[ff02::1]/",
                "https://[2001:db8::1]/", "http://2130706433/", "http://0x7f.1/", "http://0177.0.0.1/",
                "http://127.1/", "https://inward.test/hook", "https://mapped.test/hook")) {
            register(token, url).expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.type").isEqualTo(TYPES + "webhook-url-refused");
        }
    }

    @Test
    void a_delivery_connects_to_the_checked_address_and_a_name_turned_inward_is_refused_then() throws Exception {
        List<String> hosts = new CopyOnWriteArrayList<>();
        int port = receiver(hosts);
        NAMES.put("pinned.test", "127.0.0.1");
        NAMES.put("rebind.test", "127.0.0.1");
        String token = partnerToken("hook-2");
        String pinned = registered(token, "http://pinned.test:" + port + "/hook");
        String rebound = registered(token, "http://rebind.test:" + port + "/hook");
        NAMES.put("rebind.test", "10.0.0.1"); // after the registration's check, before the first delivery

        openCase();
        // The system resolver cannot resolve pinned.test: delivered only because the client used the checked address.
        await().atMost(Duration.ofSeconds(20)).until(() -> !hosts.isEmpty());
        assertThat(hosts).allMatch(h -> h.equals("pinned.test:" + port));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get()
                .uri("/api/v1/webhooks/" + rebound + "/deliveries").header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.deliveries[0].outcome").isEqualTo("FAILED")
                .jsonPath("$.deliveries[0].error").value(e -> assertThat((String) e)
                        .contains("refused", "internal address", "10.0.0.1")));
        web.get().uri("/api/v1/webhooks/" + pinned + "/deliveries").header("Authorization", "Bearer " + token)
                .exchange().expectBody().jsonPath("$.deliveries[0].outcome").isEqualTo("DELIVERED");
    }

    @Test
    void a_partner_registers_at_most_five_webhooks() throws Exception {
        int port = receiver(new CopyOnWriteArrayList<>());
        String token = partnerToken("hook-3");
        String url = "http://localhost:" + port + "/hook";
        String first = registered(token, url);
        for (int i = 1; i < 5; i++) {
            registered(token, url);
        }
        register(token, url).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "webhook-limit-reached");
        web.get().uri("/api/v1/webhooks").header("Authorization", "Bearer " + token).exchange()
                .expectBody().jsonPath("$.webhooks.length()").isEqualTo(5);
        web.delete().uri("/api/v1/webhooks/" + first).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNoContent();
        registered(token, url);
    }
}
