package org.setu.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.setu.api.problem.ProblemCatalog;
import org.setu.infra.support.RawHttp;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error status the API can answer is an application/problem+json document with a stable, listed type,
 * checked over a raw socket so that no client smooths over what the server sent.
 */
class ErrorStatusesTest extends ApiTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode problem(RawHttp.Response response, int status, String code) throws IOException {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("type").asText()).isEqualTo("https://setu.example/problems/" + code);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(ProblemCatalog.get().find(code)).as("listed type " + code).isPresent();
        assertThat(response.body()).doesNotContain("Exception", "at org.", "No static resource");
        return body;
    }

    private RawHttp.Response authed(String method, String target, Map<String, String> extra, String body) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("Authorization", bearer("moe-cw"));
        return RawHttp.send(port, method, target, headers, body);
    }

    @Test
    void a_malformed_path_is_a_400_problem() throws IOException {
        for (String path : List.of("/api/v1/cases/C1%00", "/api/v1/cases/a%2Fb", "/api/v1/cases/a%2fb",
                "/api//v1/cases", "/api/v1/cases/%2e%2e/x", "/api/v1/cases/a;jsessionid=1", "/api/v1/cases/a%0Ab", "/api/v1/cases/%zz", "/api/v1/ca\\ses")) {
            problem(authed("GET", path, Map.of(), null), 400, "malformed-path");
        }
        problem(RawHttp.get(port, "/api/v1/cases//"), 400, "malformed-path");
    }

    @Test
    void an_unknown_route_is_a_404_problem_that_says_nothing_of_the_server() throws IOException {
        JsonNode body = problem(authed("GET", "/api/v1/no-such-thing", Map.of(), null), 404, "not-found");
        assertThat(body.get("detail").asText()).isEqualTo("No resource at this path");
        problem(authed("GET", "/favicon.ico", Map.of(), null), 404, "not-found");
    }

    @Test
    void a_method_the_path_does_not_take_is_a_405_problem_with_allow() throws IOException {
        RawHttp.Response response = authed("DELETE", "/api/v1/cases", Map.of(), null);
        problem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).contains("GET", "POST");
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem_naming_the_limit() throws IOException {
        // Declared: answered from the headers, before the client sends the body (as with Expect: 100-continue).
        JsonNode declared = problem(authed("POST", "/api/v1/cases", Map.of("Content-Type", "application/json",
                "Content-Length", "70000"), null), 413, "payload-too-large");
        assertThat(declared.get("detail").asText()).contains("65536 bytes");
        String big = "{\"district\":\"" + "d".repeat(70_000) + "\"}";
        JsonNode chunked = problem(chunkedPost(big), 413, "payload-too-large");
        assertThat(chunked.get("detail").asText()).contains("65536 bytes");
    }

    /** A body without Content-Length is only found too large while it is read. */
    private RawHttp.Response chunkedPost(String body) throws IOException {
        String chunks = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
        return RawHttp.send(port, "POST", "/api/v1/cases", Map.of("Authorization", bearer("moe-cw"),
                "Content-Type", "application/json", "Transfer-Encoding", "chunked"), null, chunks);
    }

    @Test
    void a_uri_over_the_limit_is_a_414_problem() throws IOException {
        JsonNode body = problem(authed("GET", "/api/v1/cases?x=" + "a".repeat(9_000), Map.of(), null), 414, "uri-too-long");
        assertThat(body.get("detail").asText()).contains("8192");
    }

    @Test
    void headers_over_the_limit_are_a_431_problem() throws IOException {
        JsonNode body = problem(authed("GET", "/api/v1/cases", Map.of("X-Padding", "p".repeat(20_000)), null),
                431, "header-fields-too-large");
        assertThat(body.get("detail").asText()).contains("16384");
        problem(RawHttp.send(port, "GET", "/api/v1/cases", Map.of("Authorization", "Bearer " + "t".repeat(30_000)), null),
                431, "header-fields-too-large");
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem() throws IOException {
        problem(authed("POST", "/api/v1/cases", Map.of("Content-Type", "application/x-ndjson"), "{}\n{}\n"),
                415, "unsupported-media-type");
    }

    @Test
    void no_token_is_a_401_problem() throws IOException {
        problem(RawHttp.get(port, "/api/v1/cases"), 401, "unauthorized");
    }
}
