package org.setu.infra.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Setu's HTTP API as a client sees it, on one node; tokens are fetched from whichever node is named. */
final class Api {

    static final String PASSWORD = "test-password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(String base) {
        this.base = base;
    }

    /** A reply: status and JSON body (null when empty). */
    record Reply(int status, JsonNode body) {
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> send("POST", "/api/v1/auth/token", null,
                Map.of("username", u, "password", PASSWORD)).body().get("access_token").asText());
    }

    /** A partner's token by client credentials. */
    String partnerToken(String client) {
        return tokens.computeIfAbsent("partner:" + client, c -> {
            try {
                var request = HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + client
                                + "&client_secret=partner-secret")).build();
                return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body())
                        .get("access_token").asText();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    Reply post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    Reply send(String method, String path, String token, Object body) {
        try {
            var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Reply(response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
        } catch (IOException e) {
            throw new NodeUnreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeUnreachable(e);
        }
    }

    /** The node did not answer (it was killed, for instance). */
    static final class NodeUnreachable extends RuntimeException {
        NodeUnreachable(Exception cause) {
            super(cause);
        }
    }
}
