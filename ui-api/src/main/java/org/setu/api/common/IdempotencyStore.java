package org.setu.api.common;

import java.util.Optional;

/**
 * Remembers the first response to a POST carrying an {@code Idempotency-Key}, per caller, so that a retry gets the
 * same response instead of a second effect. Implemented in infra (MongoDB); kept 24 hours.
 */
public interface IdempotencyStore {

    /** A stored response: status, the headers that matter (Location, ETag), the JSON body, and the request's hash. */
    record StoredResponse(int status, String location, String etag, String body, String requestHash) {
    }

    Optional<StoredResponse> find(String key);

    /** Stores the response unless one is there already; returns the one that is stored. */
    StoredResponse putIfAbsent(String key, StoredResponse response);

    /**
     * The fingerprint kept to recognise a reused key with another body. Request bodies hold personal data, so a
     * store should key it (HMAC) rather than hash it: a plain hash of a short record can be confirmed by guessing.
     */
    String fingerprint(byte[] requestBody);
}
