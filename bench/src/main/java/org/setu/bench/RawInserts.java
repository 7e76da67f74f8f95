package org.setu.bench;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.setu.infra.mongo.MongoConnection;

import java.util.UUID;

/**
 * The storage's physical limit: the driver inserting a copy of a stored commit document, then committing the store
 * with the same durability a command append gets. Shared by the gateway and the front-door benchmarks.
 */
final class RawInserts {

    private RawInserts() {
    }

    static Throughput.Op op(MongoConnection mongo) {
        MongoCollection<Document> raw = mongo.database().getCollection("raw_inserts");
        Document stored = mongo.database().getCollection("commits").find().first();
        Document sample = new Document(stored != null ? stored : mongo.database().getCollection("domainevents").find().first());
        return (thread, i) -> {
            Document d = new Document(sample);
            d.put("_id", UUID.randomUUID().toString());
            raw.insertOne(d);
            mongo.durability().awaitDurable();
        };
    }
}
