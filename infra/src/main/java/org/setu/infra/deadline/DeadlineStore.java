package org.setu.infra.deadline;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deadlines in MongoDB, reachable by exact keys only (the embedded server scans for anything else): one document per
 * deadline; per-minute bucket documents listing the deadlines due in that minute; per (name, scope) documents for
 * cancellation; a cursor (the first minute not yet fully fired); and claim documents, one per deadline and lease
 * window, whose unique {@code _id} lets exactly one node fire a deadline.
 */
final class DeadlineStore {

    static final String DEADLINES = "deadlines";
    static final String INDEX = "deadline_index";
    static final String CLAIMS = "deadline_claims";
    private static final String CURSOR = "cursor";

    private final MongoCollection<Document> deadlines;
    private final MongoCollection<Document> index;
    private final MongoCollection<Document> claims;

    DeadlineStore(MongoDatabase database) {
        this.deadlines = database.getCollection(DEADLINES);
        this.index = database.getCollection(INDEX);
        this.claims = database.getCollection(CLAIMS);
    }

    void insert(Document deadline, long bucketMinute, String scopeGroup) {
        deadlines.insertOne(deadline);
        addTo("bucket:" + bucketMinute, deadline.getString("_id"));
        addTo("scope:" + scopeGroup, deadline.getString("_id"));
    }

    private void addTo(String key, String id) {
        index.updateOne(new Document("_id", key), Updates.addToSet("ids", id), new UpdateOptions().upsert(true));
    }

    Optional<Document> find(String id) {
        return Optional.ofNullable(deadlines.find(new Document("_id", id)).first());
    }

    void delete(String id) {
        deadlines.deleteOne(new Document("_id", id));
    }

    List<String> scopeGroup(String scopeGroup) {
        return ids("scope:" + scopeGroup);
    }

    void dropScopeGroup(String scopeGroup) {
        index.deleteOne(new Document("_id", "scope:" + scopeGroup));
    }

    List<String> bucket(long minute) {
        return ids("bucket:" + minute);
    }

    void removeFromBucket(long minute, List<String> ids) {
        index.updateOne(new Document("_id", "bucket:" + minute), Updates.pullAll("ids", ids));
    }

    void dropBucket(long minute) {
        index.deleteOne(new Document("_id", "bucket:" + minute));
    }

    private List<String> ids(String key) {
        Document d = index.find(new Document("_id", key)).first();
        return d == null ? List.of() : new ArrayList<>(d.getList("ids", String.class));
    }

    Optional<Long> cursor() {
        Document d = index.find(new Document("_id", CURSOR)).first();
        return d == null ? Optional.empty() : Optional.of(d.getLong("minute"));
    }

    /** Sets the cursor where nothing has set it yet: the first minute anyone scheduled or polled. */
    void ensureCursor(long minute) {
        index.updateOne(new Document("_id", CURSOR), Updates.setOnInsert("minute", minute), new UpdateOptions().upsert(true));
    }

    void moveCursor(long minute) {
        index.updateOne(new Document("_id", CURSOR), Updates.set("minute", minute), new UpdateOptions().upsert(true));
    }

    /** True for exactly one caller per deadline and lease window (a unique-key insert race has one winner). */
    boolean claim(String id, long window, String node, long now) {
        return UniqueKeys.took(() -> claims.insertOne(new Document("_id", id + "#" + window).append("node", node)
                .append("at", now)));
    }

    /** A deadline whose handler failed is left alone until then. */
    void deferUntil(String id, long millis) {
        deadlines.updateOne(new Document("_id", id), Updates.set("notBefore", millis));
    }

    /** Claims only matter while a deadline can still be read; a day later they are history (a scan, run hourly). */
    void purgeClaimsOlderThan(long millis) {
        claims.deleteMany(Filters.lt("at", millis));
    }

    /** Rare administrative path: a scan on the embedded server. */
    List<String> idsNamed(String name) {
        List<String> ids = new ArrayList<>();
        deadlines.find(new Document("name", name)).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }
}
