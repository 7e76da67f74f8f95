package org.setu.infra.observability;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.setu.infra.eventstore.CommitLog;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.setu.infra.mongo.MongoConnection;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * MongoDB reachable, the event log readable at its head, and no document in the commits collection that is not
 * part of the log: otherwise DOWN, naming the cause.
 */
@Component("eventStore")
public class EventStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoConnection connection;
    private final CommitLog log;

    public EventStoreHealthIndicator(MongoConnection connection, EventStorageEngine engine) {
        super("The event store check failed");
        this.connection = connection;
        this.log = ((SetuEventStorageEngine) engine).log();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        connection.database().runCommand(new Document("ping", 1));
        CommitLog.Head head = log.refreshHead();
        long stray = log.strayDocuments();
        builder.withDetail("mongodb", connection.description())
                .withDetail("headPosition", head.position())
                .withDetail("events", head.eventsThrough());
        if (stray > 0) {
            builder.down().withDetail("error", stray + " document(s) in the '" + CommitLog.COLLECTION
                    + "' collection are not part of the event log (foreign data or a gap): inspect them");
        } else {
            builder.up();
        }
    }
}
