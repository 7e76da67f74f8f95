package org.setu.infra.web;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.api.security.TokenSigningKeys;
import org.setu.infra.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity is explicit or refused: on every route, a token without sub, a staff token without agency, a malformed
 * roles claim, a token without exp or living too long, an ID token — each is a 401 problem naming the reason, never a
 * default agency; partners are 403 on every staff route.
 */
class IdentityTest extends ApiTestBase {

    private static final String TYPES = "https://setu.example/problems/";

    @Autowired
    TokenSigningKeys signingKeys;
    @Autowired
    ApplicationContext context;
    private Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = Tokens.embedded(signingKeys);
    }

    /** Each route answers this status with a problem of this type; the failures name every route that did not. */
    private void everyRoute(List<Routes.Route> routes, String token, int status, String type) {
        List<String> wrong = new ArrayList<>();
        for (Routes.Route route : routes) {
            EntityExchangeResult<byte[]> result = web.method(route.method()).uri(route.path())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().expectBody().returnResult();
            String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody());
            boolean problem = MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(result.getResponseHeaders().getContentType());
            if (result.getStatus().value() != status || !problem || !body.contains("\"type\":\"" + TYPES + type + "\"")) {
                wrong.add(route + " -> " + result.getStatus().value() + " " + body);
            }
        }
        assertThat(wrong).as("routes answering otherwise than %d %s", status, type).isEmpty();
    }

    private List<Routes.Route> all() {
        return Routes.of(context).all();
    }

    private String staffWith(Consumer<JWTClaimsSet.Builder> change) {
        return tokens.with(change);
    }

    @Test
    void a_staff_token_without_an_agency_is_refused_on_every_route() {
        everyRoute(all(), staffWith(c -> c.claim("agency", null)), 401, "missing-claim-agency");
    }

    @Test
    void a_token_without_a_subject_is_refused_on_every_route() {
        everyRoute(all(), staffWith(c -> c.subject(null)), 401, "missing-claim-sub");
    }

    @Test
    void roles_null_or_not_a_list_is_refused_not_a_500() {
        long exp = Instant.now().plusSeconds(300).getEpochSecond();
        long iat = Instant.now().getEpochSecond();
        String head = "{\"iss\":\"urn:setu:embedded\",\"sub\":\"moe-cw\",\"agency\":\"moewoe\",\"iat\":" + iat + ",\"exp\":" + exp;
        everyRoute(all(), tokens.raw(head + ",\"roles\":null}"), 401, "malformed-claim-roles");
        everyRoute(all(), tokens.raw(head + ",\"roles\":\"CASEWORKER\"}"), 401, "malformed-claim-roles");
        everyRoute(all(), tokens.raw(head + ",\"roles\":[1,2]}"), 401, "malformed-claim-roles");
    }

    @Test
    void a_malformed_or_reserved_agency_claim_is_refused() {
        everyRoute(all(), staffWith(c -> c.claim("agency", List.of("moewoe"))), 401, "malformed-claim-agency");
        everyRoute(all(), staffWith(c -> c.claim("agency", "unknown")), 401, "malformed-claim-agency");
        everyRoute(all(), staffWith(c -> c.claim("agency", "partner")), 401, "malformed-claim-agency");
    }

    @Test
    void a_token_without_exp_is_refused() {
        everyRoute(all(), staffWith(c -> c.expirationTime(null)), 401, "missing-claim-exp");
    }

    @Test
    void a_token_living_longer_than_the_cap_is_refused() {
        Instant now = Instant.now();
        everyRoute(all(), staffWith(c -> c.issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))),
                401, "token-lifetime-too-long");
        // Without iat, what is left of its life counts.
        everyRoute(all(), staffWith(c -> c.issueTime(null).expirationTime(Date.from(now.plusSeconds(7200)))),
                401, "token-lifetime-too-long");
    }

    @Test
    void id_and_refresh_tokens_are_no_bearer_tokens() {
        everyRoute(all(), staffWith(c -> c.claim("typ", "ID")), 401, "wrong-token-type");
        everyRoute(all(), staffWith(c -> c.claim("typ", "Refresh")), 401, "wrong-token-type");
        everyRoute(all(), staffWith(c -> c.claim("nonce", "n-1").claim("at_hash", "abc")), 401, "wrong-token-type");
        everyRoute(all(), tokens.with(c -> { }, "id_token+jwt"), 401, "wrong-token-type");
    }

    @Test
    void an_access_token_with_rfc9068_type_and_keycloak_typ_is_accepted() {
        String token = tokens.with(c -> c.claim("typ", "Bearer"), "at+jwt");
        web.get().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk();
    }

    @Test
    void partners_are_forbidden_on_every_staff_route() {
        String partner = web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=research-1&client_secret=partner-secret").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("access_token").toString();
        everyRoute(Routes.of(context).staff(), partner, 403, "forbidden");
    }

    @Test
    void a_huge_token_is_a_problem_not_a_crash() {
        String huge = staffWith(c -> c.claim("padding", "x".repeat(20_000)));
        var result = web.get().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, "Bearer " + huge).exchange()
                .expectBody().returnResult();
        assertThat(result.getStatus().value()).isIn(401, 431);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_unknown_agency_attack_fails_at_every_step() {
        // Once: a claim-less token became agency "unknown", an agency could be registered as "unknown", and a case
        // referred to it opened for every partner token.
        post("/api/v1/agencies", "admin", Map.of("agencyId", "unknown", "name", "Unknown", "type", "NGO",
                "services", List.of(Map.of("serviceType", "SHELTER", "districts", List.of("Dhaka")))))
                .expectStatus().isEqualTo(409);
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/referrals", "moe-cw",
                Map.of("toAgency", "unknown", "serviceType", "SHELTER", "urgency", "NORMAL"))
                .expectStatus().value(status -> assertThat(status).isIn(404, 422));
        String partner = web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=research-1&client_secret=partner-secret").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("access_token").toString();
        web.get().uri("/api/v1/cases/" + caseId).header(HttpHeaders.AUTHORIZATION, "Bearer " + partner).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.subject").doesNotExist();
        String claimLess = tokens.with(c -> c.subject("research-1").claim("agency", null).claim("roles", List.of()));
        web.get().uri("/api/v1/cases/" + caseId).header(HttpHeaders.AUTHORIZATION, "Bearer " + claimLess).exchange()
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.subject").doesNotExist();
    }
}
