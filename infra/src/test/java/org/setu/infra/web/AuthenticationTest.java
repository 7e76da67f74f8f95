package org.setu.infra.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.setu.infra.support.SetuTestProperties;
import org.setu.api.security.TokenSigningKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Bearer tokens: what the embedded issuer hands out, and every kind of bad token refused with a 401 problem. */
class AuthenticationTest extends ApiTestBase {

    @Autowired
    TokenSigningKeys signingKeys;

    private RSAKey setuKey() {
        return signingKeys.signing();
    }

    private static String signed(RSAKey key, String issuer, Instant expires) throws Exception {
        var claims = new JWTClaimsSet.Builder().subject("moe-cw").issuer(issuer).claim("agency", "moewoe")
                .claim("roles", List.of("CASEWORKER")).issueTime(Date.from(Instant.now().minusSeconds(600)))
                .expirationTime(Date.from(expires)).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private void refused(String token) {
        web.get().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://setu.example/problems/unauthorized");
    }

    @Test
    void a_valid_token_from_the_token_endpoint_is_accepted() {
        web.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "moe-cw", "password", PASSWORD)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.token_type").isEqualTo("Bearer").jsonPath("$.expires_in").isEqualTo(900)
                .jsonPath("$.access_token").isNotEmpty();
        get("/api/v1/cases", "moe-cw").expectStatus().isOk();
    }

    @Test
    void wrong_credentials_are_a_401_problem() {
        web.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "moe-cw", "password", "guess")).exchange()
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/invalid-credentials");
        web.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "nobody", "password", PASSWORD)).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void no_token_is_a_401_with_www_authenticate() {
        web.get().uri("/api/v1/cases").exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        refused(signed(setuKey(), "urn:setu:embedded", Instant.now().minusSeconds(300)));
    }

    @Test
    void a_token_of_another_issuer_is_refused() throws Exception {
        refused(signed(setuKey(), "https://evil.example", Instant.now().plusSeconds(300)));
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        refused(signed(new RSAKeyGenerator(2048).keyID(setuKey().getKeyID()).generate(), "urn:setu:embedded",
                Instant.now().plusSeconds(300)));
    }

    @Test
    void an_unsigned_alg_none_token_is_refused() {
        var claims = new JWTClaimsSet.Builder().subject("admin").issuer("urn:setu:embedded").claim("agency", "secretariat")
                .claim("roles", List.of("SECRETARIAT_ADMIN")).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        refused(new PlainJWT(claims).serialize());
    }

    @Test
    void a_tampered_token_is_refused() {
        String token = bearer("moe-cw").substring(7);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        refused(forged);
    }

    @Test
    void partners_get_tokens_by_client_credentials_and_the_public_keys_are_published() {
        web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=research-1&client_secret=partner-secret").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.access_token").isNotEmpty();
        web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=research-1&client_secret=wrong").exchange()
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.error").isEqualTo("invalid_client");
        web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.keys[0].kty").isEqualTo("RSA").jsonPath("$.keys[0].d").doesNotExist();
    }

    static {
        SetuTestProperties.class.getName();
    }
}
