package org.setu.infra.eventstore;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the {@code find} commands a client sends to the event log's collection. */
final class LogReads implements CommandListener {

    private final AtomicInteger finds = new AtomicInteger();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonValue collection = event.getCommand().get("find");
        if (collection != null && CommitLog.COLLECTION.equals(collection.asString().getValue())) {
            finds.incrementAndGet();
        }
    }

    int count() {
        return finds.get();
    }

    void reset() {
        finds.set(0);
    }
}
