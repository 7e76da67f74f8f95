package org.setu.api.security;

import org.setu.api.login.LockoutSettings;

import java.time.Duration;
import java.util.List;

/**
 * How Setu trusts bearer tokens ({@code setu.auth.*}).
 *
 * @param issuerUri          an external OIDC issuer ({@code SETU_JWT_ISSUER_URI}); blank: Setu issues its own tokens
 * @param audience           the audience every external token must carry ({@code SETU_JWT_AUDIENCE}); required with
 *                           an external issuer (Spring's {@code spring.security.oauth2.resourceserver.jwt.audiences}
 *                           is read when this is blank)
 * @param rolesClaim         where the roles are: {@code roles} (top level), {@code realm_access.roles} or
 *                           {@code resource_access.<client>.roles} (Keycloak)
 * @param embeddedIssuer     the embedded issuer's {@code iss}
 * @param embeddedEndpoints  whether the embedded token endpoints and JWKS answer; blank: only without an external issuer
 * @param tokenLifetime      the lifetime of tokens the embedded issuer hands out
 * @param maxTokenLifetime   the longest lifetime accepted from the embedded issuer ({@code exp - iat})
 * @param maxExternalTokenLifetime the longest lifetime accepted from an external issuer
 * @param clockSkew          how far clocks may disagree when checking {@code exp}, {@code nbf} and {@code iat}
 * @param lockout            the console login's lockout ({@code setu.auth.lockout.*})
 */
public record AuthSettings(String issuerUri, String audience, String rolesClaim, String embeddedIssuer,
                           Boolean embeddedEndpoints, Duration tokenLifetime, Duration maxTokenLifetime,
                           Duration maxExternalTokenLifetime, Duration clockSkew, LockoutSettings lockout) {

    public AuthSettings {
        issuerUri = blankToNull(issuerUri);
        audience = blankToNull(audience);
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim.trim();
        embeddedIssuer = embeddedIssuer == null || embeddedIssuer.isBlank() ? "urn:setu:embedded" : embeddedIssuer;
        tokenLifetime = tokenLifetime == null ? Duration.ofMinutes(15) : tokenLifetime;
        maxTokenLifetime = maxTokenLifetime == null ? Duration.ofMinutes(15) : maxTokenLifetime;
        maxExternalTokenLifetime = maxExternalTokenLifetime == null ? Duration.ofHours(12) : maxExternalTokenLifetime;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        lockout = lockout == null ? LockoutSettings.defaults() : lockout;
        if (tokenLifetime.compareTo(maxTokenLifetime) > 0) {
            throw new AuthConfigurationException("setu.auth.token-lifetime (" + tokenLifetime + ") is longer than "
                    + "setu.auth.max-token-lifetime (" + maxTokenLifetime + "): Setu would refuse its own tokens");
        }
    }

    public boolean external() {
        return issuerUri != null;
    }

    /** The embedded issuer's endpoints answer without an external issuer, or when explicitly enabled beside it. */
    public boolean embeddedEnabled() {
        return embeddedEndpoints == null ? !external() : embeddedEndpoints;
    }

    /** The audience external tokens must carry: ours, or Spring's standard property; none is a start-up failure. */
    public String requiredAudience(List<String> springAudiences) {
        if (audience != null) {
            return audience;
        }
        if (springAudiences != null && !springAudiences.isEmpty() && !springAudiences.get(0).isBlank()) {
            return springAudiences.get(0).trim();
        }
        throw new AuthConfigurationException("SETU_JWT_ISSUER_URI is set but SETU_JWT_AUDIENCE is not: without an audience "
                + "check, a token the issuer made for any other client of the realm would be accepted");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
