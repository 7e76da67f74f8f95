package org.setu.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client built from the served document alone: each call names an operation by method and path, takes its request
 * body from the documented example, expects the documented success status, and checks the answer against the
 * documented schema. It remembers which operations it replayed.
 */
final class OpenApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final JsonNode document;
    private final OpenApiValidator validator;
    final Set<String> replayed = new LinkedHashSet<>();

    OpenApiClient(String base, String document) throws Exception {
        this.base = base;
        this.document = json.readTree(document);
        this.validator = new OpenApiValidator(document);
    }

    String base() {
        return base;
    }

    JsonNode operation(String key) {
        String[] parts = key.split(" ", 2);
        JsonNode operation = document.path("paths").path(parts[1]).path(parts[0].toLowerCase());
        assertThat(operation.isMissingNode()).as("documented: " + key).isFalse();
        return operation;
    }

    /** The documented example of the operation's request body, sent as is; returns the parsed answer. */
    JsonNode replay(String key, String token, Map<String, String> path) throws Exception {
        replayed.add(key);
        var media = requestMedia(key);
        return call(key, token, path, "", media.getKey(), media.getValue().path("example"));
    }

    /** The documented example with some fields set to what earlier calls gave (a token shown only once). */
    JsonNode replayWith(String key, String token, Map<String, String> path, Map<String, String> fields) throws Exception {
        replayed.add(key);
        var media = requestMedia(key);
        ObjectNode body = ((ObjectNode) media.getValue().path("example")).deepCopy();
        fields.forEach(body::put);
        return call(key, token, path, "", media.getKey(), body);
    }

    /** The documented example with each {@code {name}} placeholder in it filled in (ids made earlier in the walk). */
    JsonNode replay(String key, String token, Map<String, String> path, Map<String, String> fills) throws Exception {
        replayed.add(key);
        var media = requestMedia(key);
        String example = media.getValue().path("example").toString();
        for (var fill : fills.entrySet()) {
            example = example.replace("{" + fill.getKey() + "}", fill.getValue());
        }
        return call(key, token, path, "", media.getKey(), json.readTree(example));
    }

    /** An operation without a request body (a read). */
    JsonNode read(String key, String token, Map<String, String> path, String query) throws Exception {
        return call(key, token, path, query, null, null);
    }

    /** Each required top-level field, left out of the example in turn, is refused with 400. */
    void requiredFieldsAreRequired(String key, String token, Map<String, String> path) throws Exception {
        var media = requestMedia(key);
        List<JsonNode> required = new ArrayList<>();
        JsonNode schema = media.getValue().path("schema");
        for (JsonNode part : schema.has("allOf") ? schema.path("allOf") : List.of(schema)) {
            resolve(part).path("required").forEach(required::add);
        }
        for (JsonNode field : required) {
            ObjectNode without = ((ObjectNode) media.getValue().path("example")).deepCopy();
            if (without.remove(field.asText()) == null) {
                continue;
            }
            HttpResponse<String> response = send(key, token, path, "", media.getKey(), without);
            assertThat(response.statusCode()).as(key + " without required " + field + ": " + response.body()).isEqualTo(400);
            assertThat(validator.valueErrors("/components/schemas/Problem", json.readTree(response.body())))
                    .as("the refusal is a documented Problem: " + response.body()).isEmpty();
        }
    }

    private Map.Entry<String, JsonNode> requestMedia(String key) {
        Iterator<Map.Entry<String, JsonNode>> content = operation(key).path("requestBody").path("content").fields();
        assertThat(content.hasNext()).as(key + " has a request body").isTrue();
        return content.next();
    }

    private JsonNode call(String key, String token, Map<String, String> path, String query, String mediaType,
                          JsonNode body) throws Exception {
        HttpResponse<String> response = send(key, token, path, query, mediaType, body);
        JsonNode responses = operation(key).path("responses");
        String success = iterable(responses.fieldNames()).stream().filter(s -> s.startsWith("2")).findFirst().orElseThrow();
        assertThat(response.statusCode()).as(key + " -> " + response.body()).isEqualTo(Integer.parseInt(success));
        JsonNode answer = response.body().isEmpty() ? null : json.readTree(response.body());
        var content = responses.path(success).path("content").path("application/json");
        if (!content.isMissingNode() && !content.path("schema").isMissingNode()) {
            String pointer = OpenApiValidator.pointer("paths", key.split(" ", 2)[1], key.split(" ", 2)[0].toLowerCase(),
                    "responses", success, "content", "application/json", "schema");
            assertThat(validator.valueErrors(pointer, answer)).as(key + " answer matches its schema: " + answer).isEmpty();
        }
        return answer;
    }

    private HttpResponse<String> send(String key, String token, Map<String, String> path, String query, String mediaType,
                                      JsonNode body) throws Exception {
        String method = key.split(" ", 2)[0];
        String uri = key.split(" ", 2)[1];
        for (var variable : path.entrySet()) {
            uri = uri.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        assertThat(uri).as("every path variable filled").doesNotContain("{");
        var request = HttpRequest.newBuilder(URI.create(base + uri + query));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = mediaType.equals("application/x-www-form-urlencoded") ? form(body) : json.writeValueAsString(body);
            request.header("Content-Type", mediaType).method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : document.at(ref.substring(1));
    }

    private static String form(JsonNode fields) {
        return iterable(fields.fieldNames()).stream().map(name -> name + "="
                + URLEncoder.encode(fields.path(name).asText(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static <T> List<T> iterable(Iterator<T> items) {
        List<T> list = new ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
    }
}
