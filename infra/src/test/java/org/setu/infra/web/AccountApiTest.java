package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An agency's stored accounts over HTTP: invitations, set-password links, the policy, roles and deactivation. */
class AccountApiTest extends ApiTestBase {

    private static final String PROBLEMS = "https://setu.example/problems/";
    private static final String GOOD = "monsoon river tea garden";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private static String fresh(String name) {
        return name + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** Invites as the given admin; returns the token of the set-password link. */
    private String invite(String admin, String agency, String username, List<String> roles) {
        Map<?, ?> link = post("/api/v1/agencies/" + agency + "/accounts", admin,
                Map.of("username", username, "name", "Sabina Yasmin", "roles", roles))
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/agencies/" + agency + "/accounts/" + username)
                .expectBody(Map.class).returnResult().getResponseBody();
        String url = (String) link.get("setPasswordUrl");
        assertThat(url).contains("/set-password?token=");
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    private WebTestClient.ResponseSpec setPassword(String token, String password) {
        return web.post().uri("/api/v1/auth/set-password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec token(String username, String password) {
        return web.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }

    /** After a refused login the next one waits a second (the lockout's backoff): try until it is let through. */
    private void signsIn(String username, String password) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> token(username, password).expectStatus().isOk());
    }

    @Test
    void an_agency_admin_invites_staff_who_set_a_password_and_then_get_tokens() {
        String sabina = fresh("sabina");
        String token = invite("moe-admin", "moewoe", sabina, List.of("CASEWORKER"));
        setPassword(token, GOOD).expectStatus().isNoContent();
        Map<?, ?> issued = token(sabina, GOOD).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        web.get().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.get("access_token"))
                .exchange().expectStatus().isOk();
        get("/api/v1/agencies/moewoe/accounts/" + sabina, "moe-admin").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ACTIVE").jsonPath("$.roles[0]").isEqualTo("CASEWORKER")
                .jsonPath("$.passwordHash").doesNotExist();
        get("/api/v1/agencies/moewoe/accounts", "admin").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.username=='" + sabina + "')].name").isEqualTo(List.of("Sabina Yasmin"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=AccountInvited&size=100", "reviewer")
                .expectBody().jsonPath("$.items[?(@.reason =~ /account " + sabina + " of agency moewoe.*/)].actor")
                .isEqualTo(List.of("moe-admin")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=AccountPasswordSet&size=100", "reviewer")
                .expectBody().jsonPath("$.items[?(@.actor == '" + sabina + "')]").isNotEmpty());
    }

    @Test
    void an_agency_admin_cannot_invite_into_another_agency_nor_grant_secretariat_roles() {
        post("/api/v1/agencies/iom-bd/accounts", "moe-admin", Map.of("username", fresh("x"), "name", "X",
                "roles", List.of("CASEWORKER"))).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-agency-member");
        post("/api/v1/agencies/moewoe/accounts", "moe-admin", Map.of("username", fresh("x"), "name", "X",
                "roles", List.of("SECRETARIAT_ADMIN"))).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "staff-roles-only");
        post("/api/v1/agencies/moewoe/accounts", "admin", Map.of("username", fresh("x"), "name", "X",
                "roles", List.of("PARTNER"))).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "staff-roles-only");
        post("/api/v1/agencies/moewoe/accounts", "moe-cw", Map.of("username", fresh("x"), "name", "X",
                "roles", List.of("CASEWORKER"))).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "role-required");
        get("/api/v1/agencies/iom-bd/accounts", "moe-admin").expectStatus().isForbidden();
        post("/api/v1/agencies/moewoe/accounts", "moe-admin", Map.of("username", "moe-cw", "name", "Taken",
                "roles", List.of("CASEWORKER"))).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "account-exists");
        post("/api/v1/agencies/no-such-agency/accounts", "admin", Map.of("username", fresh("x"), "name", "X",
                "roles", List.of("CASEWORKER"))).expectStatus().isNotFound();
        String iom = fresh("iom-staff");
        invite("admin", "iom-bd", iom, List.of("FOCAL_POINT"));
        post("/api/v1/agencies/moewoe/accounts/" + iom + "/deactivate", "moe-admin", Map.of("reason", "not ours"))
                .expectStatus().isNotFound();
    }

    @Test
    void a_weak_password_is_refused_naming_the_rule_and_the_link_still_works() {
        String rafi = fresh("rafi");
        String token = invite("moe-admin", "moewoe", rafi, List.of("FOCAL_POINT"));
        for (var weak : Map.of("short-pass", "password-too-short", rafi + "-is-me", "password-is-username",
                "Password1234", "password-too-common").entrySet()) {
            setPassword(token, weak.getKey()).expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.type").isEqualTo(PROBLEMS + weak.getValue())
                    .jsonPath("$.errors[0].field").isEqualTo("password");
        }
        setPassword(token, GOOD).expectStatus().isNoContent();
    }

    @Test
    void a_set_password_link_works_once_and_a_reset_replaces_it_and_the_old_password() {
        String nila = fresh("nila");
        String token = invite("moe-admin", "moewoe", nila, List.of("CASEWORKER"));
        setPassword(token, GOOD).expectStatus().isNoContent();
        setPassword(token, "another long passphrase").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "set-password-link-invalid");
        setPassword("not-a-token-anyone-was-given", GOOD).expectStatus().isEqualTo(422);
        Map<?, ?> reset = post("/api/v1/agencies/moewoe/accounts/" + nila + "/reset-password", "moe-admin", Map.of())
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        token(nila, GOOD).expectStatus().isUnauthorized();
        String url = (String) reset.get("setPasswordUrl");
        setPassword(url.substring(url.indexOf("token=") + 6), "a fresh long passphrase").expectStatus().isNoContent();
        signsIn(nila, "a fresh long passphrase");
    }

    @Test
    void a_deactivated_account_gets_no_token_until_reactivated_and_roles_stay_staff_roles() {
        String omar = fresh("omar");
        setPassword(invite("moe-admin", "moewoe", omar, List.of("CASEWORKER")), GOOD).expectStatus().isNoContent();
        String base = "/api/v1/agencies/moewoe/accounts/" + omar;
        web.put().uri(base + "/roles").header(HttpHeaders.AUTHORIZATION, bearer("moe-admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("roles", List.of("SECRETARIAT_REVIEWER")))
                .exchange().expectStatus().isEqualTo(422);
        web.put().uri(base + "/roles").header(HttpHeaders.AUTHORIZATION, bearer("moe-admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("roles", List.of("FOCAL_POINT")))
                .exchange().expectStatus().isNoContent();
        post(base + "/deactivate", "moe-admin", Map.of("reason", "left the ministry")).expectStatus().isNoContent();
        token(omar, GOOD).expectStatus().isUnauthorized();
        post(base + "/deactivate", "moe-admin", Map.of("reason", "again")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "account-deactivated");
        post(base + "/reactivate", "admin", Map.of("reason", "back")).expectStatus().isNoContent();
        signsIn(omar, GOOD);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=AccountDeactivated&size=100", "reviewer")
                .expectBody().jsonPath("$.items[?(@.reason =~ /account " + omar + " .*left the ministry/)]").isNotEmpty());
    }
}
