package org.setu.infra.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A plain Server-Sent Events reader over the JDK HTTP client, independent of the server's SSE code. */
public final class SseClient implements AutoCloseable {

    /** One SSE message: its id, event name and data; comments are kept as events named ":" with the comment text. */
    public record Message(String id, String event, String data) {
    }

    private final HttpResponse<InputStream> response;
    private final BufferedReader reader;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    public static SseClient open(int port, String path, String bearer, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseClient(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    public int status() {
        return response.statusCode();
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    public String errorBody() throws IOException {
        return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Reads messages until {@code done} holds for the list read so far, the stream ends, or the timeout passes. */
    public List<Message> readUntil(Predicate<List<Message>> done, Duration timeout) throws IOException {
        List<Message> messages = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        String id = null;
        String event = null;
        StringBuilder data = new StringBuilder();
        while (!done.test(messages) && Instant.now().isBefore(deadline)) {
            String line = reader.readLine();
            if (line == null) {
                break;
            }
            if (line.isEmpty()) {
                if (event != null || data.length() > 0 || id != null) {
                    messages.add(new Message(id, event, data.toString()));
                }
                id = null;
                event = null;
                data.setLength(0);
            } else if (line.startsWith(":")) {
                messages.add(new Message(null, ":", line.substring(1)));
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
        return messages;
    }

    /** True when the server closed the stream. */
    public boolean ended() throws IOException {
        return reader.readLine() == null;
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
