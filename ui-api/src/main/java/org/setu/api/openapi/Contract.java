package org.setu.api.openapi;

import io.swagger.v3.oas.models.media.Schema;

import java.util.Set;
import java.util.TreeSet;
import java.util.List;

/**
 * What one operation really does, as its controller answers it: the success status, the body and headers that come
 * with it, the error statuses beyond those every operation of its kind can return, and a request body example that
 * the API accepts as it is (replayed by a test against the running application).
 */
record Contract(String operationId, int status, String description, Schema<?> body, String bodyMediaType,
                boolean location, boolean etag, Set<Integer> errors, String example, String exampleMediaType,
                List<String> alsoRequired) {

    static Contract of(String operationId) {
        return new Contract(operationId, 200, "OK", null, null, false, false, Set.of(), null, null, List.of());
    }

    Contract ok(Schema<?> schema) {
        return new Contract(operationId, 200, description, schema, bodyMediaType, location, etag, errors, example, exampleMediaType, alsoRequired);
    }

    Contract created(String what, Schema<?> schema) {
        return new Contract(operationId, 201, what, schema, bodyMediaType, location, etag, errors, example, exampleMediaType, alsoRequired);
    }

    Contract accepted(String what) {
        return new Contract(operationId, 202, what, body, bodyMediaType, location, etag, errors, example, exampleMediaType, alsoRequired);
    }

    /** A 202 that also carries a body. */
    Contract ok202(Schema<?> schema) {
        return new Contract(operationId, 202, description, schema, bodyMediaType, location, etag, errors, example, exampleMediaType, alsoRequired);
    }

    Contract noContent(String what) {
        return new Contract(operationId, 204, what, null, null, location, etag, errors, example, exampleMediaType, alsoRequired);
    }

    Contract described(String what) {
        return new Contract(operationId, status, what, body, bodyMediaType, location, etag, errors, example, exampleMediaType, alsoRequired);
    }

    Contract media(String mediaType) {
        return new Contract(operationId, status, description, body, mediaType, location, etag, errors, example, exampleMediaType, alsoRequired);
    }

    Contract withLocation() {
        return new Contract(operationId, status, description, body, bodyMediaType, true, etag, errors, example, exampleMediaType, alsoRequired);
    }

    Contract withEtag() {
        return new Contract(operationId, status, description, body, bodyMediaType, location, true, errors, example, exampleMediaType, alsoRequired);
    }

    Contract errors(Integer... more) {
        Set<Integer> all = new TreeSet<>(errors);
        all.addAll(Set.of(more));
        return new Contract(operationId, status, description, body, bodyMediaType, location, etag, Set.copyOf(all), example, exampleMediaType, alsoRequired);
    }

    /** A case mutation: stale If-Match (412), a concurrent writer (409), a refused business rule (422). */
    Contract caseMutation() {
        return errors(409, 412, 422).withEtag();
    }

    /** Fields this operation requires beyond those its (shared) request schema requires. */
    Contract alsoRequires(String... fields) {
        return new Contract(operationId, status, description, body, bodyMediaType, location, etag, errors, example,
                exampleMediaType, List.of(fields));
    }

    Contract example(String json) {
        return new Contract(operationId, status, description, body, bodyMediaType, location, etag, errors, json, "application/json", alsoRequired);
    }

    Contract formExample(String form) {
        return new Contract(operationId, status, description, body, bodyMediaType, location, etag, errors, form,
                "application/x-www-form-urlencoded", alsoRequired);
    }
}
