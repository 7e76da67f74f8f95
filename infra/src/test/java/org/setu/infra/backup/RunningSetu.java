package org.setu.infra.backup;

import org.setu.infra.support.SecondApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.setu.infra.SetuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.awaitility.Awaitility.await;

/** Setu on the embedded default in a data directory, with the demo network and users, spoken to over real HTTP. */
final class RunningSetu implements AutoCloseable {

    record Answer(int status, String body, String location) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(body, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final String base;

    RunningSetu(Path dataDir, Path backups, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--setu.seed=demo", "--setu.data-dir=" + dataDir,
                "--setu.users-file=" + Path.of("..", "demo", "users.json"), "--setu.backup.directory=" + backups,
                "--setu.api.rate-limit.per-second=1000", "--setu.api.rate-limit.burst=1000", "--logging.level.root=WARN"));
        args.addAll(List.of(more));
        app = SecondApplication.builder().run(args.toArray(String[]::new));
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/actuator/health/readiness", null).status() == 200);
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> post("/api/v1/auth/token", null,
                "{\"username\":\"" + u + "\",\"password\":\"" + u + "-demo\"}").json().get("access_token").asText());
    }

    Answer get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user);
    }

    Answer post(String path, String user, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    private Answer send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
