package org.setu.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import org.bson.Document;
import org.setu.infra.eventstore.GroupCommit;
import org.setu.infra.eventstore.StoreDurability;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Setu's one connection to MongoDB: to {@code MONGODB_URI} when set, otherwise to the embedded server it starts in
 * the data directory. Writes are acknowledged by a majority and journaled; on the embedded server durability comes
 * from committing its file store before a command is acknowledged.
 */
public final class MongoConnection implements AutoCloseable {

    public static final String DEFAULT_DATABASE = "setu";

    private final EmbeddedMongoServer embedded;
    private final MongoClient client;
    private final MongoDatabase database;
    private final String description;

    private MongoConnection(EmbeddedMongoServer embedded, ConnectionString uri, String description,
                            List<CommandListener> listeners) {
        this.embedded = embedded;
        this.description = description;
        var settings = MongoClientSettings.builder();
        listeners.forEach(settings::addCommandListener);
        long slowMillis = Long.getLong("setu.mongo.slow-command-ms", 0);
        if (slowMillis > 0) {
            settings.addCommandListener(new SlowCommandLog(slowMillis));
        }
        this.client = MongoClients.create(settings
                .applyConnectionString(uri)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(5, TimeUnit.SECONDS))
                .retryWrites(embedded == null)
                .build());
        String name = uri.getDatabase() == null ? DEFAULT_DATABASE : uri.getDatabase();
        MongoDatabase db = client.getDatabase(name);
        this.database = embedded == null
                ? db.withWriteConcern(WriteConcern.MAJORITY.withJournal(true)).withReadConcern(ReadConcern.MAJORITY)
                : db;
    }

    public static MongoConnection open(String mongodbUri, Path dataDir) {
        return open(mongodbUri, dataDir, List.of());
    }

    /** The same, with listeners to every command the driver sends (the application's metrics). */
    public static MongoConnection open(String mongodbUri, Path dataDir, List<CommandListener> listeners) {
        if (mongodbUri != null && !mongodbUri.isBlank()) {
            ConnectionString uri = parse(mongodbUri);
            MongoConnection connection = new MongoConnection(null, uri, "MongoDB at " + uri.getHosts(), listeners);
            connection.ping();
            return connection;
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.open(dataDir);
        return new MongoConnection(server, new ConnectionString(server.connectionString()),
                "embedded MongoDB-compatible server in " + dataDir.toAbsolutePath().normalize(), listeners);
    }

    private static ConnectionString parse(String uri) {
        try {
            return new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            throw new MongoStartupException("MONGODB_URI is not a valid MongoDB connection string: " + e.getMessage(), e);
        }
    }

    /** Fails fast with a message naming the server when it cannot be reached. */
    public void ping() {
        try {
            database.runCommand(new Document("ping", 1));
        } catch (RuntimeException e) {
            close();
            throw new MongoStartupException("Cannot reach " + description + ": " + e.getMessage(), e);
        }
    }

    public MongoDatabase database() {
        return database;
    }

    public MongoClient client() {
        return client;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The embedded server, when Setu runs on it (no {@code MONGODB_URI}). */
    public Optional<EmbeddedMongoServer> embedded() {
        return Optional.ofNullable(embedded);
    }

    public String description() {
        return description;
    }

    public StoreDurability durability() {
        return embedded == null ? StoreDurability.BY_WRITE_CONCERN : new GroupCommit(embedded::commit);
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.commit();
            embedded.close();
        }
    }
}
