package org.setu.infra.web;

import org.setu.infra.support.SecondApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.TestMongo;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request example of the served document, sent as it is to the application started as quickstart.sh starts
 * it (demo network and users), in the order a user works: the README's walk-through first, then the rest of each
 * resource's lifecycle. Each answer has the documented status and matches the documented schema; every required
 * field, left out, is refused. Path variables come from what earlier calls created, nothing else from the test.
 */
class OpenApiExampleReplayTest {

    private static final String CASE = "/api/v1/cases/{caseId}";
    private static final String REFERRAL = CASE + "/referrals/{referralId}";
    private static final String AGENCY = "/api/v1/agencies/{agencyId}";
    private OpenApiClient api;

    @Test
    void every_documented_example_request_succeeds_against_the_running_application() throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--setu.seed=demo",
                "--setu.data-dir=" + TestMongo.newDataDir(), "--setu.users-file=" + Path.of("..", "demo", "users.json")));
        if (TestMongo.realServerUri() != null) {
            args.add("--setu.mongodb-uri=" + TestMongo.realServerUri().replaceFirst("(mongodb://[^/?]+)(/[^?]*)?",
                    "$1/setu_openapi_" + System.nanoTime()));
        }
        try (var app = SecondApplication.builder().run(args.toArray(String[]::new))) {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            String document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            api = new OpenApiClient(base, document);
            walk();
            assertThat(api.replayed).containsExactlyInAnyOrderElementsOf(operationsWithExamples(document));
        }
    }

    private void walk() throws Exception {
        String amina = api.replay("POST /api/v1/auth/token", null, Map.of()).get("access_token").asText();
        String rafiq = token("rafiq"), nadia = token("nadia"), admin = token("sec-admin"), reviewer = token("reviewer");
        String partner = api.replay("POST /oauth2/token", null, Map.of()).get("access_token").asText();

        required("POST /api/v1/cases", amina, Map.of());
        String caseId = api.replay("POST /api/v1/cases", amina, Map.of()).get("caseId").asText();
        Map<String, String> onCase = Map.of("caseId", caseId);
        String first = referral(amina, onCase);
        assertThat(api.read("GET /api/v1/referrals", nadia, Map.of(), "?direction=incoming").toString()).contains(first);
        lifecycle(nadia, caseId, first, "accept", "start", "complete");
        api.read("GET " + CASE, amina, onCase, "");
        api.read("GET /api/v1/cases", amina, Map.of(), "");

        for (String action : new String[]{"notes", "consent", "consent/overrides"}) {
            String user = action.equals("consent/overrides") ? rafiq : amina;
            required("POST " + CASE + "/" + action, user, onCase);
            api.replay("POST " + CASE + "/" + action, user, onCase);
        }
        lifecycle(nadia, caseId, referral(amina, onCase), "decline");
        lifecycle(nadia, caseId, referral(amina, onCase), "accept", "fail");
        lifecycle(amina, caseId, referral(amina, onCase), "withdraw");

        caseAction("lead-transfer", rafiq, onCase);
        caseAction("lead-transfer/decline", nadia, onCase);
        caseAction("break-glass", reviewer, onCase);
        api.read("GET " + CASE + "/break-glass", amina, onCase, "");
        caseAction("close", amina, onCase);
        caseAction("reopen", amina, onCase);
        caseAction("lead-transfer", rafiq, onCase);
        caseAction("lead-transfer/accept", nadia, onCase);
        caseAction("consent/withdraw", nadia, onCase);
        caseAction("erase-subject", admin, onCase);

        directory(admin);
        partners(admin, partner);
        accounts(admin);
        recruitment(amina, rafiq, admin, reviewer);
    }

    private void accounts(String admin) throws Exception {
        String accounts = AGENCY + "/accounts";
        Map<String, String> onAgency = Map.of("agencyId", "moewoe");
        required("POST " + accounts, admin, onAgency);
        JsonNode link = api.replay("POST " + accounts, admin, onAgency);
        String url = link.get("setPasswordUrl").asText();
        required("POST /api/v1/auth/set-password", null, Map.of());
        api.replayWith("POST /api/v1/auth/set-password", null, Map.of(),
                Map.of("token", url.substring(url.indexOf("token=") + "token=".length())));
        Map<String, String> onAccount = Map.of("agencyId", "moewoe", "username", link.get("username").asText());
        for (String action : new String[]{"PUT " + accounts + "/{username}/roles", "POST " + accounts + "/{username}/deactivate",
                "POST " + accounts + "/{username}/reactivate"}) {
            required(action, admin, onAccount);
            api.replay(action, admin, onAccount);
        }
        api.read("POST " + accounts + "/{username}/reset-password", admin, onAccount, "");
        api.read("GET " + accounts + "/{username}", admin, onAccount, "");
        api.read("GET " + accounts, admin, onAgency, "");
    }

    private static final String RECRUITER = "/api/v1/recruiting-agencies/{licence}";
    private static final String COMPLAINT = "/api/v1/complaints/{complaintId}";

    private void recruitment(String amina, String rafiq, String admin, String reviewer) throws Exception {
        required("POST /api/v1/recruiting-agencies", admin, Map.of());
        String licence = api.replay("POST /api/v1/recruiting-agencies", admin, Map.of()).get("licence").asText();
        Map<String, String> onLicence = Map.of("licence", licence, "month", "2026-03");
        required("PUT " + RECRUITER + "/deployments/{month}", admin, onLicence);
        api.replay("PUT " + RECRUITER + "/deployments/{month}", admin, onLicence);
        required("POST " + RECRUITER + "/sub-agents", admin, onLicence);
        api.replay("POST " + RECRUITER + "/sub-agents", admin, onLicence);
        required("POST /api/v1/complaints", amina, Map.of());
        String first = api.replay("POST /api/v1/complaints", amina, Map.of()).get("complaintId").asText();
        Map<String, String> onFirst = Map.of("complaintId", first);
        complaintActions(amina, onFirst, "register");
        String caseOfFirst = api.replay("POST /api/v1/cases", amina, Map.of()).get("caseId").asText();
        required("POST " + COMPLAINT + "/link-case", amina, onFirst);
        api.replay("POST " + COMPLAINT + "/link-case", amina, onFirst, Map.of("caseId", caseOfFirst));
        assertThat(api.read("GET /api/v1/cases/{caseId}/complaints", amina, Map.of("caseId", caseOfFirst), "")
                .toString()).contains(first);
        complaintActions(amina, onFirst, "notify-agency", "hearing", "award", "payment", "default");
        complaintActions(rafiq, onFirst, "share");
        complaintActions(amina, onFirst, "close", "reopen", "refer-to-court");
        api.read("GET " + COMPLAINT, amina, onFirst, "");
        api.read("GET /api/v1/complaints", reviewer, Map.of(), "");
        String second = api.replay("POST /api/v1/complaints", amina, Map.of()).get("complaintId").asText();
        complaintActions(amina, Map.of("complaintId", second), "withdraw");
        complaintActions(admin, Map.of("complaintId", second), "erase-complainant");
        required("POST " + RECRUITER + "/sanctions", admin, Map.of("licence", licence));
        String sanction = api.replay("POST " + RECRUITER + "/sanctions", admin, Map.of("licence", licence),
                Map.of("complaintId", first)).get("sanctionId").asText();
        Map<String, String> onSanction = Map.of("licence", licence, "sanctionId", sanction);
        for (String step : new String[]{"appeal", "decision"}) {
            required("POST " + RECRUITER + "/sanctions/{sanctionId}/" + step, admin, onSanction);
            api.replay("POST " + RECRUITER + "/sanctions/{sanctionId}/" + step, admin, onSanction);
        }
        api.read("GET " + RECRUITER, reviewer, Map.of("licence", licence), "");
        api.read("GET /api/v1/recruiting-agencies", reviewer, Map.of(), "");
        api.read("GET /api/v1/indicators/recruitment", reviewer, Map.of(), "");
    }

    private void complaintActions(String user, Map<String, String> onComplaint, String... actions) throws Exception {
        for (String action : actions) {
            required("POST " + COMPLAINT + "/" + action, user, onComplaint);
            api.replay("POST " + COMPLAINT + "/" + action, user, onComplaint);
        }
    }

    private void directory(String admin) throws Exception {
        required("POST /api/v1/agencies", admin, Map.of());
        String agencyId = api.replay("POST /api/v1/agencies", admin, Map.of()).get("agencyId").asText();
        Map<String, String> onAgency = Map.of("agencyId", agencyId);
        for (String action : new String[]{"PUT " + AGENCY, "POST " + AGENCY + "/staff", "POST " + AGENCY + "/suspend",
                "POST " + AGENCY + "/reactivate"}) {
            required(action, admin, onAgency);
            api.replay(action, admin, onAgency);
        }
        Map<String, String> onStaff = Map.of("agencyId", agencyId, "staffId", "sabina");
        required("POST " + AGENCY + "/staff/{staffId}/remove", admin, onStaff);
        api.replay("POST " + AGENCY + "/staff/{staffId}/remove", admin, onStaff);
        api.read("GET " + AGENCY, admin, onAgency, "");
    }

    private void partners(String admin, String partner) throws Exception {
        required("POST /api/v1/agreements", admin, Map.of());
        String agreementId = api.replay("POST /api/v1/agreements", admin, Map.of()).get("agreementId").asText();
        Map<String, String> onAgreement = Map.of("agreementId", agreementId);
        for (String action : new String[]{"PUT /api/v1/agreements/{agreementId}", "POST /api/v1/agreements/{agreementId}/revoke"}) {
            required(action, admin, onAgreement);
            api.replay(action, admin, onAgreement);
        }
        api.read("GET /api/v1/agreements", partner, Map.of(), "");
        required("POST /api/v1/webhooks", partner, Map.of());
        api.replay("POST /api/v1/webhooks", partner, Map.of());
    }

    private String referral(String user, Map<String, String> onCase) throws Exception {
        required("POST " + CASE + "/referrals", user, onCase);
        return api.replay("POST " + CASE + "/referrals", user, onCase).get("referralId").asText();
    }

    private void lifecycle(String user, String caseId, String referralId, String... actions) throws Exception {
        Map<String, String> onReferral = Map.of("caseId", caseId, "referralId", referralId);
        for (String action : actions) {
            required("POST " + REFERRAL + "/" + action, user, onReferral);
            api.replay("POST " + REFERRAL + "/" + action, user, onReferral);
        }
    }

    private void caseAction(String action, String user, Map<String, String> onCase) throws Exception {
        required("POST " + CASE + "/" + action, user, onCase);
        api.replay("POST " + CASE + "/" + action, user, onCase);
    }

    private void required(String key, String user, Map<String, String> path) throws Exception {
        api.requiredFieldsAreRequired(key, user, path);
    }

    private String token(String user) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        api.base() + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + user + "-demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    private static Set<String> operationsWithExamples(String document) throws Exception {
        Set<String> keys = new TreeSet<>();
        JsonNode paths = new ObjectMapper().readTree(document).path("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> op.getValue()
                .path("requestBody").path("content").forEach(media -> {
                    if (media.has("example")) {
                        keys.add(op.getKey().toUpperCase() + " " + path.getKey());
                    }
                })));
        return keys;
    }
}
