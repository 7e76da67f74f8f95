package org.setu.api.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;

import java.util.Locale;

/**
 * Why a bearer token is refused although its signature verifies: each reason is a stable problem type
 * ({@code https://setu.example/problems/<code>}), so a client or an operator knows which claim to fix.
 */
public enum TokenRefusal {
    MISSING_CLAIM_SUB("The token has no sub claim: Setu cannot tell who is calling"),
    MISSING_CLAIM_AGENCY("The token has no agency claim: staff act for an agency, and Setu never assumes one"),
    MISSING_CLAIM_EXP("The token has no exp claim: Setu accepts only tokens that expire"),
    MALFORMED_CLAIM_ROLES("The token's roles claim is not a list of role names"),
    MALFORMED_CLAIM_AGENCY("The token's agency claim is not an agency id"),
    MALFORMED_CLAIM_SUB("The token's sub claim is not a usable id"),
    TOKEN_LIFETIME_TOO_LONG("The token lives longer than Setu accepts (exp - iat)"),
    TOKEN_ISSUED_IN_THE_FUTURE("The token's iat lies in the future"),
    WRONG_AUDIENCE("The token was not issued for Setu (aud)"),
    WRONG_TOKEN_TYPE("The token is not an access token (an ID or refresh token is no bearer token)");

    private final String description;

    TokenRefusal(String description) {
        this.description = description;
    }

    /** The stable code, e.g. {@code missing-claim-agency}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }

    /** As an OAuth 2 error whose code is Setu's stable code (the entry point turns it into the problem type). */
    public OAuth2Error error(String detail) {
        return new OAuth2Error(code(), detail == null ? description : description + ": " + detail, null);
    }

    public OAuth2TokenValidatorResult failure(String detail) {
        return OAuth2TokenValidatorResult.failure(error(detail));
    }

    public OAuth2AuthenticationException exception(String detail) {
        OAuth2Error error = error(detail);
        return new OAuth2AuthenticationException(error, error.getDescription());
    }

    /** The refusal an OAuth 2 error code names, if it is one of Setu's. */
    public static TokenRefusal of(String code) {
        for (TokenRefusal refusal : values()) {
            if (refusal.code().equals(code)) {
                return refusal;
            }
        }
        return null;
    }
}
