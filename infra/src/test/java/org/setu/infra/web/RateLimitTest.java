package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.SetuTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

/** A client over its request rate gets 429 with Retry-After, as a problem. */
@SpringBootTest(classes = SetuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"setu.api.rate-limit.per-second=1", "setu.api.rate-limit.burst=3"})
class RateLimitTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        SetuTestProperties.freshStore(registry);
    }

    @Autowired
    WebTestClient web;

    @Test
    void the_fourth_request_in_a_burst_of_three_is_429_with_retry_after() {
        // Unreadable bodies: answered at once (a login spends ~70 ms in BCrypt, and a repeated name meets the
        // login backoff), so the bucket cannot refill between the requests of the burst on a busy machine.
        for (int i = 0; i < 3; i++) {
            web.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{").exchange().expectStatus().isBadRequest();
        }
        web.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "x", "password", "y")).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("https://setu.example/problems/rate-limited");
    }
}
