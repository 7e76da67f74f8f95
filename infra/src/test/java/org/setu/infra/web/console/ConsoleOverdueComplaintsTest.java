package org.setu.infra.web.console;

import org.setu.infra.support.SecondApplication;
import org.junit.jupiter.api.Test;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.TestMongo;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A complaint that missed its registration deadline (2 s here) is listed by {@code GET /api/v1/complaints?overdue=true}
 * and on the receiving agency's "my work" page, in English and Bangla; registered, it leaves the registration list
 * and waits for a hearing; another agency's staff never see it there.
 */
class ConsoleOverdueComplaintsTest {

    private static final String PASSWORD = "test-password";

    @Test
    void an_overdue_complaint_is_on_the_receiving_agencys_work_page_until_it_is_registered() throws IOException {
        Path dir = TestMongo.newDataDir();
        Path users = Files.writeString(dir.resolveSibling(dir.getFileName() + "-users.json"), """
                [{"username":"admin","password":"test-password","name":"Admin","agency":"secretariat","roles":["SECRETARIAT_ADMIN"]},
                 {"username":"moe-cw","password":"test-password","name":"Amina","agency":"moewoe","roles":["CASEWORKER"]},
                 {"username":"iom-cw","password":"test-password","name":"Tanvir","agency":"iom-bd","roles":["CASEWORKER"]}]""");
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--setu.data-dir=" + dir,
                "--setu.users-file=" + users, "--setu.sla.complaints.registration=2s", "--setu.deadlines.poll=200ms",
                // This second application shares the JVM with the API tests' context: on close it disposes Reactor
                // Netty's global resources, which that context's client uses too; no quiet period, and the wait
                // below, so that no request of the next test class lands while they are being disposed.
                "--spring.reactor.netty.shutdown-quiet-period=0s"));
        if (TestMongo.realServerUri() != null) {
            args.add("--setu.mongodb-uri=" + TestMongo.realServerUri().replaceFirst("(mongodb://[^/?]+)(/[^?]*)?",
                    "$1/setu_overdue_" + System.nanoTime()));
        }
        try (var app = SecondApplication.builder().run(args.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            WebTestClient web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                    .responseTimeout(Duration.ofSeconds(30)).build();
            String admin = token(web, "admin");
            for (String[] agency : new String[][]{{"moewoe", "MINISTRY"}, {"iom-bd", "UN_AGENCY"}}) {
                post(web, admin, "/api/v1/agencies", Map.of("agencyId", agency[0], "name", agency[0], "type", agency[1],
                        "services", List.of(Map.of("serviceType", "LEGAL_AID", "districts", List.of("Dhaka"),
                                "languages", List.of("bn"))))).expectStatus().isCreated();
            }
            post(web, admin, "/api/v1/recruiting-agencies", Map.of("licence", "RL-0123", "name", "Green Line",
                    "district", "Dhaka")).expectStatus().isCreated();
            String amina = token(web, "moe-cw");
            String complaint = (String) post(web, amina, "/api/v1/complaints", Map.of("recruitingAgency", "RL-0123",
                    "channel", "HELPLINE", "categories", List.of("EXCESS_FEES"), "countryOfDestination", "SA",
                    "complainant", Map.of("fullName", "Rahima Begum", "sex", "F")))
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("complaintId");
            assertThat(list(web, amina)).as("not overdue yet").doesNotContain(complaint);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(list(web, amina))
                    .contains(complaint, "\"overdue\":[\"REGISTRATION\"]"));
            var ministry = new ConsoleClient(web);
            ministry.login("moe-cw", PASSWORD);
            ministry.get("/console");
            assertThat(ministry.lastBody).contains("id=\"overdue-complaints\"", complaint, "Not registered in time");
            ministry.get("/console?lang=bn");
            assertThat(ministry.lastBody).contains("সময়মতো নিবন্ধিত হয়নি");
            var iom = new ConsoleClient(web);
            iom.login("iom-cw", PASSWORD);
            iom.get("/console");
            assertThat(iom.lastBody).doesNotContain("id=\"overdue-complaints\"", complaint);

            post(web, amina, "/api/v1/complaints/" + complaint + "/register", Map.of()).expectStatus().isNoContent();
            assertThat(list(web, amina)).as("registered late: the registration deadline is met").doesNotContain(complaint);
            ministry.get("/console");
            assertThat(ministry.lastBody).doesNotContain("id=\"overdue-complaints\"");
        }
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
    }

    private static String list(WebTestClient web, String token) {
        return web.get().uri("/api/v1/complaints?overdue=true").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static String token(WebTestClient web, String user) {
        return (String) web.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", user, "password", PASSWORD)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("access_token");
    }

    private static WebTestClient.ResponseSpec post(WebTestClient web, String token, String uri, Object body) {
        return web.post().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
