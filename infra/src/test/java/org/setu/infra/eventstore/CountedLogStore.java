package org.setu.infra.eventstore;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonValue;
import org.setu.infra.mongo.MongoConnection;
import org.setu.infra.support.TestMongo;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An embedded store that counts the {@code find} commands sent to the event log, and nodes' event stores on it. */
final class CountedLogStore implements AutoCloseable {

    private final AtomicInteger logReads = new AtomicInteger();
    private final MongoConnection connection = MongoConnection.open(null, TestMongo.newDataDir(), List.of(new CommandListener() {
        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonValue collection = event.getCommand().get("find");
            if (collection != null && CommitLog.COLLECTION.equals(collection.asString().getValue())) {
                logReads.incrementAndGet();
            }
        }
    }));

    /** A node's event store on this store: a fresh one remembers nothing, as after a restart. */
    SetuEventStorageEngine node() {
        return new SetuEventStorageEngine(connection.database(), connection.durability(),
                JacksonSerializer.defaultSerializer(), new EventStoreMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
    }

    int logReads() {
        return logReads.get();
    }

    void resetLogReads() {
        logReads.set(0);
    }

    @Override
    public void close() {
        connection.close();
    }
}
