package org.setu.api.security;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.Role;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token rules as plain functions: lifetime, token type, where roles are read, and the settings they need. */
class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    /** As the decoder builds it: iat and exp from the claims. */
    private static Jwt jwt(Map<String, Object> claims, Map<String, Object> headers) {
        return new Jwt("t", (Instant) claims.get("iat"), (Instant) claims.get("exp"),
                headers.isEmpty() ? Map.of("alg", "RS256") : headers, claims);
    }

    private static String code(Jwt jwt, Duration max) {
        var result = TokenRules.lifetime(jwt, max, Duration.ofSeconds(30), NOW);
        return result.hasErrors() ? result.getErrors().iterator().next().getErrorCode() : "ok";
    }

    @Test
    void a_token_must_expire_within_the_cap_counted_from_iat_or_from_now() {
        Duration cap = Duration.ofMinutes(15);
        assertThat(code(jwt(Map.of("sub", "a", "iat", NOW, "exp", NOW.plusSeconds(900)), Map.of()), cap)).isEqualTo("ok");
        assertThat(code(jwt(Map.of("sub", "a", "iat", NOW, "exp", NOW.plusSeconds(960)), Map.of()), cap))
                .isEqualTo("token-lifetime-too-long");
        assertThat(code(jwt(Map.of("sub", "a", "exp", NOW.plusSeconds(3600)), Map.of()), cap)).isEqualTo("token-lifetime-too-long");
        assertThat(code(jwt(Map.of("sub", "a"), Map.of()), cap)).isEqualTo("missing-claim-exp");
        assertThat(code(jwt(Map.of("sub", "a", "iat", NOW.plusSeconds(120), "exp", NOW.plusSeconds(600)), Map.of()), cap))
                .isEqualTo("token-issued-in-the-future");
    }

    @Test
    void only_access_tokens_pass() {
        assertThat(TokenRules.accessTokenOnly(jwt(Map.of("sub", "a", "typ", "Bearer"), Map.of("alg", "RS256", "typ", "at+jwt"))).hasErrors()).isFalse();
        assertThat(TokenRules.accessTokenOnly(jwt(Map.of("sub", "a", "typ", "ID"), Map.of())).hasErrors()).isTrue();
        assertThat(TokenRules.accessTokenOnly(jwt(Map.of("sub", "a", "typ", "Refresh"), Map.of())).hasErrors()).isTrue();
        assertThat(TokenRules.accessTokenOnly(jwt(Map.of("sub", "a", "at_hash", "x"), Map.of())).hasErrors()).isTrue();
        assertThat(TokenRules.accessTokenOnly(jwt(Map.of("sub", "a"), Map.of("alg", "RS256", "typ", "logout+jwt"))).hasErrors()).isTrue();
    }

    @Test
    void roles_are_read_where_the_issuer_puts_them_and_unknown_names_are_ignored() {
        Map<String, Object> keycloak = Map.of("realm_access", Map.of("roles", List.of("FOCAL_POINT", "offline_access")),
                "resource_access", Map.of("setu.api", Map.of("roles", List.of("AGENCY_ADMIN"))),
                "roles", List.of("SECRETARIAT_ADMIN"));
        assertThat(new RolesClaim("realm_access.roles").read(keycloak)).containsExactly(Role.FOCAL_POINT);
        assertThat(new RolesClaim("resource_access.setu.api.roles").read(keycloak)).containsExactly(Role.AGENCY_ADMIN);
        assertThat(new RolesClaim("roles").read(keycloak)).containsExactly(Role.SECRETARIAT_ADMIN);
        assertThat(new RolesClaim("roles").read(Map.of())).isEmpty();
        assertThatThrownBy(() -> new RolesClaim("roles").read(Map.of("roles", "CASEWORKER")))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("roles claim");
        assertThatThrownBy(() -> new RolesClaim("realm_access.roles").read(Map.of("realm_access", "x")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void an_external_issuer_needs_an_audience() {
        var settings = new AuthSettings("https://idp.example/realms/setu", null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> settings.requiredAudience(List.of()))
                .isInstanceOf(AuthConfigurationException.class).hasMessageContaining("SETU_JWT_AUDIENCE");
        assertThat(settings.requiredAudience(List.of("setu-api"))).isEqualTo("setu-api");
        assertThat(settings.embeddedEnabled()).isFalse();
        assertThat(new AuthSettings(null, null, null, null, null, null, null, null, null, null).embeddedEnabled()).isTrue();
    }

    @Test
    void the_embedded_lifetime_may_not_exceed_what_setu_accepts() {
        assertThatThrownBy(() -> new AuthSettings(null, null, null, null, null, Duration.ofHours(1), Duration.ofMinutes(15), null, null, null))
                .isInstanceOf(AuthConfigurationException.class).hasMessageContaining("max-token-lifetime");
    }
}
