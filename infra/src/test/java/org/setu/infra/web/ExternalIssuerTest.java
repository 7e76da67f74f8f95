package org.setu.infra.web;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.OidcStub;
import org.setu.infra.support.SetuTestProperties;
import org.setu.infra.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Setu against an external issuer (an OIDC stub on a real port, shaped like a Keycloak realm): discovery and JWKS
 * over HTTP, Setu's audience required, roles from Keycloak's {@code realm_access.roles}, ID and refresh tokens and
 * claim-less tokens refused, and the embedded issuer's endpoints off.
 */
@SpringBootTest(classes = SetuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalIssuerTest {

    private static final OidcStub ISSUER = OidcStub.start("setu");
    private static final String TYPES = "https://setu.example/problems/";

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SetuTestProperties.freshStore(registry);
        registry.add("setu.auth.issuer-uri", ISSUER::issuer);
        registry.add("setu.auth.audience", () -> "setu-api");
        registry.add("setu.auth.roles-claim", () -> "realm_access.roles");
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    /** An access token as the realm's mappers make it: audience, agency attribute, realm roles, typ Bearer. */
    private String token(Consumer<JWTClaimsSet.Builder> change) {
        Tokens tokens = ISSUER.tokens();
        return tokens.with(c -> {
            c.audience(List.of("setu-api", "account")).claim("typ", "Bearer").claim("roles", null)
                    .claim("realm_access", Map.of("roles", List.of("CASEWORKER", "offline_access")))
                    .claim("azp", "setu-console");
            change.accept(c);
        });
    }

    private WebTestClient.ResponseSpec cases(String token) {
        return web.get().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private void refused(String token, String type) {
        cases(token).expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(TYPES + type);
    }

    @Test
    void an_access_token_for_setu_with_realm_roles_is_accepted() {
        cases(token(c -> { })).expectStatus().isOk();
    }

    @Test
    void a_token_for_another_client_of_the_realm_is_refused() {
        refused(token(c -> c.audience("account")), "wrong-audience");
        refused(token(c -> c.audience((String) null)), "wrong-audience");
    }

    @Test
    void id_and_refresh_tokens_are_refused() {
        refused(token(c -> c.claim("typ", "ID").audience("setu-api")), "wrong-token-type");
        refused(token(c -> c.claim("typ", "Refresh")), "wrong-token-type");
    }

    @Test
    void claim_less_tokens_are_refused() {
        refused(token(c -> c.claim("agency", null)), "missing-claim-agency");
        refused(token(c -> c.subject(null)), "missing-claim-sub");
        refused(token(c -> c.claim("realm_access", Map.of("roles", "CASEWORKER"))), "malformed-claim-roles");
    }

    @Test
    void roles_come_from_the_configured_claim_only() {
        // A top-level roles claim is not where this realm puts roles: it grants nothing.
        String forged = token(c -> c.claim("roles", List.of("SECRETARIAT_ADMIN"))
                .claim("realm_access", Map.of("roles", List.of("CASEWORKER"))));
        web.post().uri("/api/v1/agencies").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("agencyId", "x-ngo", "name", "X", "type", "NGO"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void external_tokens_may_live_up_to_twelve_hours_and_no_longer() {
        Instant now = Instant.now();
        cases(token(c -> c.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(11))))))
                .expectStatus().isOk();
        refused(token(c -> c.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(13))))),
                "token-lifetime-too-long");
    }

    @Test
    void tokens_of_the_embedded_issuer_and_its_endpoints_are_off() {
        web.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "amina", "password", "amina-demo")).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=a&client_secret=b").exchange()
                .expectStatus().isNotFound();
        web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isNotFound();
    }
}
