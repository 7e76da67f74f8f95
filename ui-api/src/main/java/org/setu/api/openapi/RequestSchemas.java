package org.setu.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.setu.kernel.common.Limits;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The checks the request bodies meet, as the kernel's commands and value objects make them (Checks.required,
 * Checks.text and Limits): which fields are required, and how long each text may be. A test removes each required
 * field from the documented example and expects a 400.
 */
final class RequestSchemas {

    private record Rules(List<String> required, Map<String, Integer> maxLength) {
    }

    private static final Map<String, Rules> RULES = Map.ofEntries(
            entry("OpenCase", rules(List.of("category", "migrationStage", "district", "subject"),
                    Map.of("countryOfOrigin", 2, "countryOfDestination", 2, "district", Limits.SHORT))),
            entry("SubjectRequest", rules(List.of("fullName"), Map.of("fullName", Limits.NAME, "sex", 16, "phone", 32,
                    "passportNumber", 32))),
            entry("Reason", rules(List.of("reason"), Map.of("reason", Limits.REASON))),
            entry("ReasonBody", rules(List.of("reason"), Map.of("reason", Limits.REASON))),
            entry("ConsentOverride", rules(List.of("agency", "reason"), Map.of("reason", Limits.REASON))),
            entry("NoteRequest", rules(List.of("visibility", "text"), Map.of("text", Limits.NOTE))),
            entry("ReferralRequest", rules(List.of("toAgency", "serviceType"), Map.of("note", Limits.NOTE))),
            entry("Decline", rules(List.of("reasonCode", "reason"), Map.of("reason", Limits.REASON))),
            entry("Outcome", rules(List.of("outcome"), Map.of("outcome", Limits.OUTCOME))),
            entry("LeadTransfer", rules(List.of("toAgency", "reason"), Map.of("reason", Limits.REASON))),
            entry("BreakGlassRequest", rules(List.of("reason", "duration"), Map.of("reason", Limits.REASON, "duration", 32))),
            entry("AgencyBody", rules(List.of("name", "type"), Map.of("name", Limits.NAME))),
            entry("ServiceOffering", rules(List.of("serviceType"), Map.of("intakeHours", Limits.SHORT))),
            entry("StaffBody", rules(List.of("staffId", "name", "roles"), Map.of("name", Limits.NAME))),
            entry("AgreementBody", rules(List.of("eventTypes", "categories", "validUntil"),
                    Map.of("partner", 100, "reason", Limits.REASON))),
            entry("Registration", rules(List.of("url"), Map.of("url", 2048))),
            entry("Credentials", rules(List.of("username", "password"), Map.of("username", 128, "password", 1024))),
            entry("Invitation", rules(List.of("username", "name", "roles"), Map.of("username", 64, "name", Limits.NAME))),
            entry("AccountRoles", rules(List.of("roles"), Map.of())),
            entry("AccountReason", rules(List.of("reason"), Map.of("reason", Limits.REASON))),
            entry("NewPassword", rules(List.of("token", "password"), Map.of("token", 100, "password", 1024))));

    private RequestSchemas() {
    }

    private static Rules rules(List<String> required, Map<String, Integer> maxLength) {
        return new Rules(required, maxLength);
    }

    static void apply(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        RULES.forEach((name, rules) -> {
            Schema<?> schema = schemas.get(name);
            if (schema == null) {
                return;
            }
            schema.setRequired(rules.required());
            rules.maxLength().forEach((property, max) -> {
                Schema<?> field = (Schema<?>) schema.getProperties().get(property);
                if (field != null) {
                    field.setMaxLength(max);
                }
            });
        });
        schemas.put("TokenResponse", Bodies.object("access_token", new StringSchema().maxLength(8192),
                "token_type", new StringSchema()._enum(List.of("Bearer")),
                "expires_in", new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(86_400))));
        schemas.put("ClientCredentials", Bodies.object("grant_type", new StringSchema()._enum(List.of("client_credentials")),
                "client_id", new StringSchema().maxLength(128), "client_secret", new StringSchema().maxLength(1024)));
        schemas.forEach((name, schema) -> Bounds.apply(name, schema));
    }

}
