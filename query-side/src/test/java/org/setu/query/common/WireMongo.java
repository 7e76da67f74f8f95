package org.setu.query.common;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;

/** An in-memory MongoDB-compatible server for one test, reached through the real driver over the wire protocol. */
public final class WireMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    public WireMongo() {
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    public MongoDatabase database() {
        return client.getDatabase("test");
    }

    /**
     * Makes the next write to {@code collection} that sets {@code field} to {@code value} fail (a duplicate key), as
     * if the process died right there; the returned action lets such writes through again.
     */
    public static Runnable failWritesOf(MongoCollection<Document> collection, String field, Object value) {
        collection.createIndex(Indexes.ascending(field), new IndexOptions().unique(true));
        collection.insertOne(new Document("_id", "blocker").append(field, value));
        return () -> collection.deleteOne(new Document("_id", "blocker"));
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
