package org.setu.query.common;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** An in-memory MongoDB-compatible server for one test, reached through the real driver over the wire protocol. */
public final class WireMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final Map<String, AtomicLong> finds = new ConcurrentHashMap<>();
    private final List<String> writes = new CopyOnWriteArrayList<>();

    public WireMongo() {
        var address = server.bind();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        String name = event.getCommandName();
                        if (name.equals("find")) {
                            finds.computeIfAbsent(event.getCommand().getString("find").getValue(), c -> new AtomicLong())
                                    .incrementAndGet();
                        } else if (name.equals("insert") || name.equals("update") || name.equals("delete")) {
                            writes.add(name + " " + event.getCommand().getString(name).getValue());
                        }
                    }
                })
                .build());
    }

    /** How many find commands the driver has sent for a collection so far. */
    public long finds(String collection) {
        AtomicLong count = finds.get(collection);
        return count == null ? 0 : count.get();
    }

    /** The write commands sent so far, in order, each as "insert|update|delete collection". */
    public List<String> writes() {
        return List.copyOf(writes);
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
