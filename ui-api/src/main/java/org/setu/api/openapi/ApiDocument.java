package org.setu.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import java.util.List;
import java.util.Map;

/** The document's frame: what Setu is, its licence, how to get a token, and the tags in the order a user works. */
final class ApiDocument {

    static final String BEARER = "bearer";
    static final String PARTNER = "partnerClientCredentials";

    /** Tags in the order a user meets them; the controllers' {@code @Tag} names must be among these. */
    static final List<Tag> TAGS = List.of(
            tag("Authentication", "Getting a token (embedded issuer); with an external issuer, ask it instead"),
            tag("Cases", "Open, read, consent, notes, lead transfer, close and reopen; erasure and break-glass"),
            tag("Referrals", "Refer a case to another agency and move the referral through its lifecycle"),
            tag("Queues", "Incoming and outgoing referrals of the caller's agency, paged or live"),
            tag("Directory", "Agencies, the services they offer, and their staff"),
            tag("Audit", "Who did what, when and why; the hash chain and its signed checkpoints; disclosures"),
            tag("Recruitment", "Licensed recruiting agencies, complaints against them from intake to award, payment "
                    + "and sanction"),
            tag("Indicators", "Aggregated figures for the secretariat and the Global Compact reports"),
            tag("Partners", "Data-sharing agreements, the CloudEvents feed and signed webhooks"),
            tag("Admin", "Projection rebuilds, dead letters, online backups and account unlocks"));

    private ApiDocument() {
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    static OpenAPI base() {
        return new OpenAPI()
                .info(new Info().title("Setu API").version("v1")
                        .description("Shared referral cases for a national migration taskforce. Errors are RFC 9457 "
                                + "problem details (`application/problem+json`) with stable types "
                                + "`https://setu.example/problems/<code>`; see docs/api.md.")
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("This Setu instance: local, test or production, "
                        + "the host that served this document").extensions(Map.of("x-internal", false))))
                .tags(TAGS)
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description(BEARER_HOW_TO))
                        .addSecuritySchemes(PARTNER, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("Partner systems: OAuth 2 client credentials (client id and secret from "
                                        + "the secretariat). The token is a JWT (RS256) following RFC8725, like the "
                                        + "bearer scheme's; it lives 15 minutes and there is no refresh token: ask again.")
                                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token")
                                        .scopes(new Scopes())))));
    }

    private static final String BEARER_HOW_TO = """
            A JWT access token (RS256, claims `sub`, `agency`, `roles`; RFC8725 practices: the algorithm is fixed, \
            the issuer and expiry are checked).

            **Embedded issuer** (the default): `POST /api/v1/auth/token` with \
            `{"username":"amina","password":"amina-demo"}` (the demo users of `demo/users.json`) answers \
            `{"access_token":"...","token_type":"Bearer","expires_in":900}`; paste `access_token` here. \
            Partners use `POST /oauth2/token` (client credentials) instead.

            **External issuer** (`SETU_JWT_ISSUER_URI` set): get the token from that OIDC issuer; it must carry \
            the same claims.""";
}
