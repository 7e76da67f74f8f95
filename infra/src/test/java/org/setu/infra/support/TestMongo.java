package org.setu.infra.support;

import com.mongodb.client.MongoDatabase;
import org.setu.infra.eventstore.StoreDurability;
import org.setu.infra.mongo.MongoConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;

/**
 * A MongoDB for one test: the embedded server on a fresh data directory by default, or, when the system property
 * {@code setu.test.mongodb-uri} is set (mvn -Dsetu.test.mongodb-uri=...), a fresh database on that real server.
 */
public final class TestMongo implements AutoCloseable {

    public static final String URI_PROPERTY = "setu.test.mongodb-uri";

    private final Path dataDir;
    private final MongoConnection connection;

    private TestMongo(Path dataDir, MongoConnection connection) {
        this.dataDir = dataDir;
        this.connection = connection;
    }

    public static TestMongo start() {
        return open(newDataDir(), null);
    }

    /** Opens (or reopens, after a restart) the store in this data directory, or the same database on a real server. */
    public static TestMongo open(Path dataDir, String database) {
        String uri = realServerUri();
        if (uri != null) {
            String db = database != null ? database : "setu_test_" + UUID.randomUUID().toString().replace("-", "");
            return new TestMongo(dataDir, MongoConnection.open(withDatabase(uri, db), dataDir));
        }
        return new TestMongo(dataDir, MongoConnection.open(null, dataDir));
    }

    public static String realServerUri() {
        String uri = System.getProperty(URI_PROPERTY);
        return uri == null || uri.isBlank() ? null : uri;
    }

    private static String withDatabase(String uri, String db) {
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String params = query < 0 ? "" : uri.substring(query);
        int slash = base.indexOf('/', "mongodb://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + db + params;
    }

    /** A fresh data directory, deleted when the test JVM exits (a suite run makes a few hundred). */
    public static Path newDataDir() {
        try {
            Path dir = Files.createTempDirectory("setu-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException | UncheckedIOException ignored) {
                    // best effort: the directory is in the system's temporary space
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public MongoDatabase database() {
        return connection.database();
    }

    public MongoConnection connection() {
        return connection;
    }

    public StoreDurability durability() {
        return connection.durability();
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        connection.close();
    }
}
