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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walk-through, over real HTTP against the whole application started as quickstart.sh starts it
 * (embedded default, demo network seeded, demo users): two agencies' tokens, a case opened, referred, accepted and
 * completed, and an unrelated agency refused.
 */
class QuickstartEndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String base;

    private JsonNode call(String method, String path, String token, String body, int expectedStatus) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + " -> " + response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    private String token(String user, String password) throws Exception {
        return call("POST", "/api/v1/auth/token", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", 200).get("access_token").asText();
    }

    @Test
    void the_readme_walkthrough_works_over_real_http() throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--setu.seed=demo",
                "--setu.data-dir=" + TestMongo.newDataDir(), "--setu.users-file=" + Path.of("..", "demo", "users.json")));
        if (TestMongo.realServerUri() != null) {
            args.add("--setu.mongodb-uri=" + TestMongo.realServerUri().replaceFirst("(mongodb://[^/?]+)(/[^?]*)?",
                    "$1/setu_e2e_" + System.nanoTime()));
        }
        try (var app = SecondApplication.builder().run(args.toArray(String[]::new))) {
            base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(call("GET", "/actuator/health", null, null, 200).get("status").asText()).isEqualTo("UP");

            String amina = token("amina", "amina-demo");
            String nadia = token("nadia", "nadia-demo");
            String shirin = token("shirin", "shirin-demo");

            String caseId = call("POST", "/api/v1/cases", amina, """
                    {"category":"RETURN_REINTEGRATION","migrationStage":"RETURN","district":"Dhaka",
                     "countryOfDestination":"SA","subject":{"fullName":"Rahima Begum","dateOfBirth":"1990-01-31"},
                     "consent":{"agencies":["iom-bd"],"purposes":["SERVICE_PROVISION"]}}""", 201).get("caseId").asText();
            String referralId = call("POST", "/api/v1/cases/" + caseId + "/referrals", amina,
                    "{\"toAgency\":\"iom-bd\",\"serviceType\":\"REINTEGRATION\",\"urgency\":\"NORMAL\",\"note\":\"returnee\"}",
                    201).get("referralId").asText();
            JsonNode incoming = call("GET", "/api/v1/referrals?direction=incoming", nadia, null, 200);
            assertThat(incoming.get("items").toString()).contains(referralId);
            call("POST", "/api/v1/cases/" + caseId + "/referrals/" + referralId + "/accept", nadia, "{}", 204);
            call("POST", "/api/v1/cases/" + caseId + "/referrals/" + referralId + "/complete", nadia,
                    "{\"outcome\":\"reintegration grant paid\"}", 204);

            JsonNode asLead = call("GET", "/api/v1/cases/" + caseId, amina, null, 200);
            assertThat(asLead.get("referrals").get(0).get("status").asText()).isEqualTo("COMPLETED");
            call("GET", "/api/v1/cases/" + caseId, shirin, null, 404);
            call("GET", "/api/v1/cases/" + caseId, nadia, null, 404);
            call("GET", "/api/v1/cases/" + caseId, null, null, 401);
        }
    }
}
