package org.setu.api.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;

import java.util.Map;

import static java.util.Map.entry;
import static org.setu.api.openapi.Bodies.eventStream;
import static org.setu.api.openapi.Bodies.instant;
import static org.setu.api.openapi.Bodies.object;
import static org.setu.api.openapi.Bodies.ref;
import static org.setu.api.openapi.Bodies.text;
import java.math.BigDecimal;

/** Tokens, queues, the directory, audit, indicators, partners and administration (keys: method and path). */
final class OtherContracts {

    private static final String AGENCY = "/api/v1/agencies/{agencyId}";
    private static final String AGREEMENT_TERMS = "\"partner\":\"research-1\",\"eventTypes\":[\"*\"],"
            + "\"categories\":[\"TRAFFICKING\"],\"identifiers\":\"PSEUDONYMOUS\",\"validUntil\":\"2030-12-31T23:59:59Z\"";
    private static final String AGENCY_BODY = "\"name\":\"Sheba Foundation\",\"type\":\"NGO\",\"services\":["
            + "{\"serviceType\":\"LEGAL_AID\",\"districts\":[\"Dhaka\"],\"languages\":[\"bn\",\"en\"],\"intakeHours\":\"Sun-Thu 9-17\"}]";

    private OtherContracts() {
    }

    static Map<String, Contract> all() {
        return Map.ofEntries(
                entry("POST /api/v1/auth/token", Contract.of("issueToken").ok(ref("TokenResponse")).errors(401)
                        .example("{\"username\":\"amina\",\"password\":\"amina-demo\"}")),
                entry("POST /oauth2/token", Contract.of("clientCredentialsToken").ok(ref("TokenResponse")).errors(401)
                        .formExample("grant_type=client_credentials&client_id=research-1&client_secret=research-1-demo-secret")),
                entry("GET /.well-known/jwks.json", Contract.of("jwks").described("The JSON Web Key Set")),
                entry("GET /api/v1/referrals", Contract.of("referralQueue").ok(ref("ReferralQueuePage"))),
                entry("GET /api/v1/referrals/stream", Contract.of("referralQueueStream")
                        .ok(eventStream("Server-sent events: each `data:` is a changed queue item as JSON"))
                        .media("text/event-stream")),
                entry("GET /api/v1/agencies", Contract.of("listAgencies")
                        .ok(new ArraySchema().items(ref("AgencyView")).maxItems(10_000))),
                entry("POST /api/v1/agencies", Contract.of("registerAgency")
                        .created("Registered; Location names the agency", object("agencyId", ref("AgencyId")))
                        .withLocation().errors(409, 422).alsoRequires("agencyId").example("{\"agencyId\":\"sheba\"," + AGENCY_BODY + "}")),
                entry("GET " + AGENCY, Contract.of("getAgency").ok(ref("AgencyView"))),
                entry("PUT " + AGENCY, Contract.of("updateAgency").noContent("Updated").errors(409, 422)
                        .example("{\"agencyId\":\"sheba\"," + AGENCY_BODY + "}")),
                entry("POST " + AGENCY + "/suspend", Contract.of("suspendAgency").noContent("Suspended").errors(409, 422)
                        .example("{\"reason\":\"licence under review\"}")),
                entry("POST " + AGENCY + "/reactivate", Contract.of("reactivateAgency").noContent("Reactivated")
                        .errors(409, 422).example("{\"reason\":\"licence renewed\"}")),
                entry("POST " + AGENCY + "/staff", Contract.of("addStaff").noContent("Added, or roles changed")
                        .errors(409, 422).example("{\"staffId\":\"sabina\",\"name\":\"Sabina Yasmin\",\"roles\":[\"CASEWORKER\"]}")),
                entry("GET " + AGENCY + "/staff", Contract.of("listStaff").ok(ref("AgencyStaff"))),
                entry("POST " + AGENCY + "/staff/{staffId}/remove", Contract.of("removeStaff").noContent("Removed")
                        .errors(409, 422).example("{\"reason\":\"left the agency\"}")),
                entry("GET /api/v1/reference/divisions", Contract.of("listDivisions")
                        .ok(new ArraySchema().items(ref("Division")).maxItems(8))),
                entry("GET /api/v1/reference/districts", Contract.of("listDistricts")
                        .ok(new ArraySchema().items(ref("District")).maxItems(64))),
                entry("GET /api/v1/reference/countries", Contract.of("listCountries")
                        .ok(new ArraySchema().items(ref("Country")).maxItems(300))),
                entry("GET /api/v1/audit", Contract.of("listAuditEntries").ok(ref("AuditPage"))),
                entry("GET /api/v1/audit/verify", Contract.of("verifyAudit").ok(ref("AuditVerification"))),
                entry("GET /api/v1/audit/checkpoint", Contract.of("auditCheckpoint").ok(ref("AuditCheckpointView"))),
                entry("GET /api/v1/audit/export", Contract.of("exportAudit")
                        .described("The chain, one entry a line (format=jsonl) or CSV (format=csv)")),
                entry("GET /api/v1/indicators", Contract.of("indicators")
                        .described("Indicators as JSON, or as CSV with Accept: text/csv")),
                entry("GET /api/v1/agreements", Contract.of("listAgreements").ok(ref("AgreementList"))),
                entry("POST /api/v1/agreements", Contract.of("createAgreement")
                        .created("Created; Location names the agreement", object("agreementId", ref("AgreementId")))
                        .withLocation().errors(409, 422).alsoRequires("partner").example("{" + AGREEMENT_TERMS + "}")),
                entry("PUT /api/v1/agreements/{agreementId}", Contract.of("amendAgreement").noContent("Amended")
                        .errors(409, 422).alsoRequires("reason").example("{" + AGREEMENT_TERMS + ",\"reason\":\"adds the trafficking study\"}")),
                entry("GET /api/v1/agreements/{agreementId}/webhooks", Contract.of("listPartnerWebhooks")
                        .described("The webhooks of the agreement's partner (addresses and progress, no secrets)")),
                entry("POST /api/v1/agreements/{agreementId}/revoke", Contract.of("revokeAgreement").noContent("Revoked")
                        .errors(409, 422).example("{\"reason\":\"the study ended\"}")),
                entry("GET /api/v1/feeds/events", Contract.of("partnerEvents")
                        .ok(eventStream("Server-sent events: each `data:` is one CloudEvent (JSON); `id:` resumes via Last-Event-ID"))
                        .media("text/event-stream").errors(429)),
                entry("POST /api/v1/webhooks", Contract.of("registerWebhook")
                        .created("Registered; the secret is shown only now. The example is what the embedded default accepts; "
                                + "elsewhere the URL must be https on a public host", object("webhookId", text(64), "secret", text(128)))
                        .withLocation().example("{\"url\":\"http://localhost:9000/setu-events\"}")),
                entry("GET /api/v1/webhooks", Contract.of("listWebhooks")),
                entry("DELETE /api/v1/webhooks/{webhookId}", Contract.of("removeWebhook").noContent("Removed")),
                entry("POST /api/v1/webhooks/{webhookId}/rotate-secret", Contract.of("rotateWebhookSecret")
                        .ok(object("webhookId", text(64), "secret", text(128), "previousValidUntil", instant()))),
                entry("GET /api/v1/webhooks/{webhookId}/deliveries", Contract.of("listWebhookDeliveries")),
                entry("GET /api/v1/webhooks/{webhookId}/dead-letters", Contract.of("listWebhookDeadLetters")),
                entry("POST /api/v1/webhooks/{webhookId}/dead-letters/{position}/redeliver", Contract.of("redeliverWebhook")
                        .accepted("Queued for delivery")),
                entry("GET /api/v1/admin/dead-letters", Contract.of("listDeadLetters").ok(ref("DeadLetterReport"))),
                entry("POST /api/v1/admin/dead-letters/{processingGroup}/retry", Contract.of("retryDeadLetters")
                        .ok(object("processingGroup", text(100), "sequencesCleared",
                                new IntegerSchema().minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Integer.MAX_VALUE))))),
                entry("GET /api/v1/admin/projections", Contract.of("listProjections").ok(ref("ProjectionList"))),
                entry("POST /api/v1/admin/projections/{processingGroup}/rebuild", Contract.of("startRebuild")
                        .accepted("Rebuild started; Location is where to follow it").ok202(ref("RebuildStatus"))
                        .withLocation().errors(409)),
                entry("GET /api/v1/admin/projections/{processingGroup}/rebuild", Contract.of("rebuildStatus")
                        .ok(ref("RebuildStatus"))),
                entry("POST /api/v1/admin/backups", Contract.of("startBackup")
                        .accepted("Backup started; Location is where to follow it").ok202(ref("BackupStatus"))
                        .withLocation().errors(409)),
                entry("GET /api/v1/admin/backups/{backupId}", Contract.of("backupStatus").ok(ref("BackupStatus"))),
                entry("POST /api/v1/admin/accounts/{username}/unlock", Contract.of("unlockAccount")
                        .noContent("The account's failed logins are forgotten and its lock lifted")));
    }
}
