package org.setu.infra.api;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.setu.api.common.IdempotencyStore;
import org.setu.infra.privacy.Hmac;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Idempotency keys by exact key; a first insert wins a race; entries older than 24 hours are ignored. */
public final class MongoIdempotencyStore implements IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);
    private final MongoCollection<Document> keys;
    private final Clock clock;

    private final SecretKey fingerprintKey;

    /** {@code master} keys the request fingerprints (HMAC-SHA256 under a key derived from it). */
    public MongoIdempotencyStore(MongoDatabase database, Clock clock, SecretKey master) {
        this.fingerprintKey = new SecretKeySpec(Hmac.sha256(master.getEncoded(),
                "setu-idempotency-fingerprint"), "HmacSHA256");
        this.keys = database.getCollection("idempotency_keys");
        this.clock = clock;
    }

    @Override
    public String fingerprint(byte[] requestBody) {
        return HexFormat.of().formatHex(Hmac.sha256(fingerprintKey.getEncoded(), requestBody));
    }

    @Override
    public Optional<StoredResponse> find(String key) {
        Document d = keys.find(new Document("_id", key)).first();
        if (d == null || d.getLong("at") < clock.millis() - RETENTION.toMillis()) {
            return Optional.empty();
        }
        return Optional.of(new StoredResponse(d.getInteger("status"), d.getString("location"), d.getString("etag"),
                d.getString("body"), d.getString("requestHash")));
    }

    @Override
    public StoredResponse putIfAbsent(String key, StoredResponse response) {
        Document d = new Document("_id", key).append("at", clock.millis()).append("status", response.status())
                .append("location", response.location()).append("etag", response.etag()).append("body", response.body())
                .append("requestHash", response.requestHash());
        if (UniqueKeys.took(() -> keys.insertOne(d))) {
            return response;
        }
        Optional<StoredResponse> first = find(key);
        if (first.isPresent()) {
            return first.get();
        }
        keys.replaceOne(new Document("_id", key), d); // the key there had expired: this response replaces it
        return response;
    }
}
