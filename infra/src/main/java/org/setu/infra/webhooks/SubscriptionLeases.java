package org.setu.infra.webhooks;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Which node works on a webhook subscription: a lease document per subscription, claimed by an insert (unique
 * {@code _id}) or by an update conditioned on the lease seen, renewed on every use and while a delivery is under way,
 * free again once it lapses (a dead node's within the term). The owner is the node's stable identity, so a node
 * restarted on its data directory takes its own leases back at once.
 */
final class SubscriptionLeases {

    private final MongoCollection<Document> leases;
    private final Clock clock;
    private final Duration term;
    private final String node;

    SubscriptionLeases(MongoCollection<Document> leases, Clock clock, Duration term, String node) {
        this.leases = leases;
        this.clock = clock;
        this.term = term;
        this.node = node;
    }

    /** Claims or renews this node's lease; false when another node holds a live one. */
    boolean hold(String subscription) {
        Instant now = clock.instant();
        Document current = leases.find(Filters.eq("_id", subscription)).first();
        if (current != null && !node.equals(current.getString("owner"))
                && current.getDate("until").toInstant().isAfter(now)) {
            return false;
        }
        Date until = Date.from(now.plus(term));
        if (current == null) {
            try {
                leases.insertOne(new Document("_id", subscription).append("owner", node).append("until", until));
                return true;
            } catch (MongoWriteException taken) {
                return false;
            }
        }
        return leases.updateOne(Filters.and(Filters.eq("_id", subscription), Filters.eq("owner", current.getString("owner")),
                        Filters.eq("until", current.getDate("until"))),
                Updates.combine(Updates.set("owner", node), Updates.set("until", until))).getModifiedCount() == 1;
    }
}
