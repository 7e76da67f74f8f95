package org.setu.infra.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.SetuTestProperties;
import org.setu.infra.support.TestMongo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole application on a random port, over real HTTP, with a users file for a small network: the ministry
 * (moewoe), IOM (iom-bd), an NGO (ngo-a), an unrelated NGO (ngo-outside) and the secretariat. One context is shared
 * by every API test class.
 */
@SpringBootTest(classes = SetuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ThreadDumpOnTimeout.class)
public abstract class ApiTestBase {

    static final String PASSWORD = "test-password";
    /** Per application context (its port): each context has its own data directory, signing key and network. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Set<Integer> REGISTERED = ConcurrentHashMap.newKeySet();

    @Autowired
    protected WebTestClient web;

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SetuTestProperties.freshStore(registry);
        String users = usersFile();
        registry.add("setu.users-file", () -> users);
        registry.add("setu.api.rate-limit.per-second", () -> "1000");
        registry.add("setu.api.rate-limit.burst", () -> "1000");
        // Only the retention test closes DOCUMENTATION cases; the job runs when that test asks.
        registry.add("setu.retention.periods.DOCUMENTATION", () -> "PT2S");
        registry.add("setu.retention.periods.RECRUITMENT_COMPLAINT", () -> "PT2S");
        registry.add("setu.feeds.heartbeat", () -> "PT1S");
        registry.add("setu.feeds.poll", () -> "PT0.2S");
        registry.add("setu.webhooks.poll", () -> "PT0.2S");
        registry.add("setu.webhooks.timeout", () -> "PT1S");
        registry.add("setu.webhooks.max-attempts", () -> "4");
        registry.add("setu.webhooks.backoff-base", () -> "PT0.1S");
        registry.add("setu.webhooks.backoff-max", () -> "PT1S");
    }

    private static String usersFile() {
        StringBuilder json = new StringBuilder("[");
        String[][] users = {
                {"admin", "secretariat", "SECRETARIAT_ADMIN"}, {"reviewer", "secretariat", "SECRETARIAT_REVIEWER"},
                {"moe-cw", "moewoe", "CASEWORKER"}, {"moe-fp", "moewoe", "FOCAL_POINT"}, {"moe-admin", "moewoe", "AGENCY_ADMIN"},
                {"iom-cw", "iom-bd", "CASEWORKER"}, {"iom-fp", "iom-bd", "FOCAL_POINT"},
                {"ngo-cw", "ngo-a", "CASEWORKER"}, {"ngo-fp", "ngo-a", "FOCAL_POINT"},
                {"out-cw", "ngo-outside", "CASEWORKER"}, {"out-fp", "ngo-outside", "FOCAL_POINT"},
                {"legal-fp", "legal-aid-bd", "FOCAL_POINT"},
                {"rec-0123", "rl-0123", "RECRUITER_REPRESENTATIVE"}, {"rec-0456", "rl-0456", "RECRUITER_REPRESENTATIVE"},
                {"posing-cw", "rl-0999", "CASEWORKER"}};
        for (String[] u : users) {
            json.append(String.format("{\"username\":\"%s\",\"password\":\"%s\",\"name\":\"%s\",\"agency\":\"%s\",\"roles\":[\"%s\"]},",
                    u[0], PASSWORD, u[0], u[1], u[2]));
        }
        for (String client : new String[]{"feed-1", "feed-2", "feed-3", "hook-1", "hook-2", "hook-3", "hook-4", "no-agreement", "feed-4", "feed-5", "feed-6", "console-partner", "licensing-authority"}) {
            json.append(String.format("{\"clientId\":\"%s\",\"clientSecret\":\"partner-secret\",\"name\":\"%s\","
                    + "\"roles\":[\"PARTNER\"]},", client, client));
        }
        json.append("{\"clientId\":\"research-1\",\"clientSecret\":\"partner-secret\",\"name\":\"Research\",\"roles\":[\"PARTNER\"]}]");
        try {
            Path file = Files.createTempFile("setu-users", ".json");
            Files.writeString(file, json);
            return file.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void registerNetworkOnce() {
        // 60 s: on a 2-core CI machine with several cached application contexts polling, one request once took over
        // 20 s (ConsoleSessionTest); a hang still fails, a slow machine does not.
        web = web.mutate().responseTimeout(Duration.ofSeconds(60))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
        if (!REGISTERED.add(port)) {
            return;
        }
        register("moewoe", "MINISTRY", "REPATRIATION");
        register("iom-bd", "UN_AGENCY", "REINTEGRATION");
        register("ngo-a", "NGO", "PSYCHOSOCIAL");
        register("ngo-outside", "NGO", "SHELTER");
    }

    private void register(String id, String type, String service) {
        web.post().uri("/api/v1/agencies").header(HttpHeaders.AUTHORIZATION, bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("agencyId", id, "name", id.toUpperCase(), "type", type,
                        "services", List.of(Map.of("serviceType", service, "districts", List.of("Dhaka"),
                                "languages", List.of("bn", "en")))))
                .exchange().expectStatus().isCreated();
    }

    protected String bearer(String username) {
        return "Bearer " + TOKENS.computeIfAbsent(port + "|" + username, key -> {
            String u = username;
            Map<?, ?> token = web.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", u, "password", PASSWORD))
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            return (String) token.get("access_token");
        });
    }

    /** Opens a case as the ministry's caseworker, consenting to IOM and the NGO; returns its id. */
    protected String openCase() {
        Map<?, ?> body = web.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "RETURN_REINTEGRATION", "migrationStage", "RETURN", "district", "Dhaka",
                        "countryOfDestination", "SA",
                        "subject", Map.of("fullName", "Rahima Begum", "dateOfBirth", "1990-01-31", "sex", "F",
                                "phone", "+8801700000000", "passportNumber", "BX1234567"),
                        "consent", Map.of("agencies", List.of("iom-bd", "ngo-a"), "purposes", List.of("SERVICE_PROVISION"))))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("caseId");
    }

    /** Refers a case to an agency as the given user; returns the referral id. */
    protected String refer(String caseId, String asUser, String toAgency, String service) {
        Map<?, ?> body = post("/api/v1/cases/" + caseId + "/referrals", asUser,
                Map.of("toAgency", toAgency, "serviceType", service, "urgency", "NORMAL", "note", "please help"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("referralId");
    }

    protected WebTestClient.ResponseSpec post(String uri, String asUser, Object body) {
        return web.post().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer(asUser))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    protected WebTestClient.ResponseSpec get(String uri, String asUser) {
        return web.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer(asUser)).exchange();
    }

    static {
        TestMongo.realServerUri();
    }
}
