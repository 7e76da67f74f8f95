package org.setu.bench;

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

/** Setu's web API as a client sees it: tokens from the embedded issuer, JSON over HTTP/1.1, every status checked. */
final class HttpApi {

    /** Tokens live 15 minutes; a long preload asks again well before that. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, long fetchedAt) {
    }

    HttpApi(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A demo user's bearer token (demo passwords are {@code <user>-demo}, README). */
    synchronized String token(String user) throws IOException, InterruptedException {
        Token t = tokens.get(user);
        if (t == null || System.nanoTime() - t.fetchedAt > TOKEN_REUSE.toNanos()) {
            String body = JSON.writeValueAsString(Map.of("username", user, "password", user + "-demo"));
            JsonNode answer = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 200);
            t = new Token(answer.get("access_token").asText(), System.nanoTime());
            tokens.put(user, t);
        }
        return t.value;
    }

    JsonNode post(String user, String path, Object body, int expected) throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), expected);
    }

    JsonNode get(String user, String path) throws IOException, InterruptedException {
        return send(request(user, path).GET().build(), 200);
    }

    private HttpRequest.Builder request(String user, String path) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + " (expected " + expected + "): " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
