package org.setu.infra.eventstore;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The {@code commits} collection: one document per commit, {@code _id} = its dense global position (1, 2, 3, ...).
 * A writer inserts at the next free position; a duplicate {@code _id} means another node took it, a duplicate
 * {@code (aggregateId, firstSeq)} means another command won the race for that aggregate version. Every lookup here is
 * an exact unique key (or {@code _id $in}), the only shape the embedded server serves from an index.
 */
public final class CommitLog {

    public static final String COLLECTION = "commits";
    static final String AGGREGATE_INDEX = "aggregate_seq";
    static final String AGGREGATE_END_INDEX = "aggregate_last_seq";
    private static final int PROBE_RUN = 64;
    /** How many of its own latest commits a node serves its processors from memory. */
    static final int RECENT_COMMITS = 1024;

    private final MongoCollection<Document> commits;
    private final StoreDurability durability;
    private final LongConsumer positionConflicts;
    private final Object claimLock = new Object();
    private volatile Head head;
    private final CommitFacts facts = new CommitFacts(this::find);
    private final RecentCommits recent = new RecentCommits(RECENT_COMMITS);

    /** The highest dense position this node knows, and how many events the log holds up to it. */
    public record Head(long position, long eventsThrough) {
        static final Head EMPTY = new Head(0, 0);
    }

    public CommitLog(MongoDatabase database, StoreDurability durability, LongConsumer positionConflicts) {
        this.commits = database.getCollection(COLLECTION);
        this.durability = durability;
        this.positionConflicts = positionConflicts;
        commits.createIndex(Indexes.ascending("aggregateId", "firstSeq"),
                new IndexOptions().unique(true).name(AGGREGATE_INDEX));
        commits.createIndex(Indexes.ascending("aggregateId", "lastSeq"),
                new IndexOptions().unique(true).name(AGGREGATE_END_INDEX));
        this.head = probeForward(Head.EMPTY);
    }

    public Head head() {
        return head;
    }

    /** Re-reads the head from the store: other nodes may have appended. */
    public Head refreshHead() {
        Head known = head;
        Head fresh = probeForward(known);
        if (fresh.position() > known.position()) {
            synchronized (claimLock) {
                if (fresh.position() > head.position()) {
                    head = fresh;
                }
            }
        }
        return head;
    }

    /**
     * Appends one commit at the next free position and returns that position once it is durable.
     *
     * @throws AggregateVersionConflict when another commit already holds the aggregate's first sequence number
     */
    public long append(Document commit, int eventCount) {
        Document positioned;
        synchronized (claimLock) {
            positioned = claimNextPosition(commit, eventCount);
        }
        durability.awaitDurable();
        return DenseRun.position(positioned);
    }

    /**
     * Appends many commits at consecutive positions in one round trip, made durable once: for offline imports and
     * benchmark set-up while no other node writes (a position taken meanwhile fails the whole import).
     */
    public void importBatch(List<Document> commitsInOrder, List<Integer> eventCounts) {
        synchronized (claimLock) {
            Head at = probeForward(head);
            List<Document> positioned = new ArrayList<>(commitsInOrder.size());
            long position = at.position();
            long events = at.eventsThrough();
            for (int i = 0; i < commitsInOrder.size(); i++) {
                position++;
                events += eventCounts.get(i);
                Document d = new Document("_id", position).append("eventsThrough", events);
                d.putAll(commitsInOrder.get(i));
                positioned.add(d);
            }
            commits.insertMany(positioned);
            head = new Head(position, events);
            for (int i = 0; i < positioned.size(); i++) {
                facts.learned(position - positioned.size() + 1 + i, eventCounts.get(i), positioned.get(i).getLong("eventsThrough"));
            }
        }
        durability.awaitDurable();
    }

    private Document claimNextPosition(Document commit, int eventCount) {
        while (true) {
            long position = head.position() + 1;
            long eventsThrough = head.eventsThrough() + eventCount;
            Document positioned = new Document("_id", position).append("eventsThrough", eventsThrough);
            positioned.putAll(commit);
            try {
                commits.insertOne(positioned);
                head = new Head(position, eventsThrough);
                facts.learned(position, eventCount, eventsThrough);
                // Readers may have it from here on, as from the store: the embedded server serves an insert before
                // its commit, and a replica set acknowledges it only once a majority has it (w: majority). Under load
                // Axon's producer reads a commit while its writer still waits for the group commit.
                recent.appended(position, positioned);
                return positioned;
            } catch (MongoWriteException e) {
                if (!UniqueKeys.taken(e)) {
                    throw e;
                }
                if (find(position).isEmpty()) {
                    throw new AggregateVersionConflict(commit.getString("aggregateId"), commit.getLong("firstSeq"), e);
                }
                positionConflicts.accept(1);
                head = probeForward(head);
            } catch (MongoException e) {
                if (!landed(position, commit.getString("commitId"))) {
                    throw e;
                }
                head = new Head(position, eventsThrough);
                return positioned;
            }
        }
    }

    /** After an error whose outcome is unknown (timeout, dropped connection): did our insert land anyway? */
    private boolean landed(long position, String commitId) {
        try {
            return find(position).map(d -> commitId.equals(d.getString("commitId"))).orElse(false);
        } catch (MongoException unreachable) {
            return false;
        }
    }

    /** Documents in the collection that are not part of the dense log (foreign or misplaced data). */
    public long strayDocuments() {
        return Math.max(0, commits.estimatedDocumentCount() - head.position());
    }

    /** How many events the commit at this position holds, and the log through it; from memory when known. */
    Optional<CommitFacts.Fact> facts(long position) {
        return facts.of(position);
    }

    public Optional<Document> find(long position) {
        return Optional.ofNullable(commits.find(new Document("_id", position)).first());
    }

    /** The contiguous run of commits starting at {@code from}, at most {@code max} long; empty if {@code from} is not there yet. */
    public List<Document> readRun(long from, int max) {
        return DenseRun.from(from, fetch(from, max, null));
    }

    /**
     * The run from {@code from} among this node's own latest commits, without a store command: empty if {@code from}
     * is not one of them. What follows the run may be another node's commit, so only the store says where the log ends.
     */
    List<Document> rememberedRun(long from, int max) {
        return recent.run(from, max);
    }

    private Head probeForward(Head from) {
        Head known = from;
        while (true) {
            List<Document> run = DenseRun.from(known.position() + 1,
                    fetch(known.position() + 1, PROBE_RUN, Projections.include("eventsThrough")));
            if (run.isEmpty()) {
                return known;
            }
            Document last = run.get(run.size() - 1);
            if (!(last.get("eventsThrough") instanceof Long eventsThrough)) {
                throw new CorruptCommitException(last.get("_id"), "it has no eventsThrough count");
            }
            known = new Head(DenseRun.position(last), eventsThrough);
            if (run.size() < PROBE_RUN) {
                return known;
            }
        }
    }

    private List<Document> fetch(long from, int max, Bson projection) {
        List<Long> ids = new ArrayList<>(max);
        for (long p = from; p < from + max; p++) {
            ids.add(p);
        }
        var query = commits.find(Filters.in("_id", ids));
        return (projection == null ? query : query.projection(projection)).into(new ArrayList<>());
    }

    /** The commit of an aggregate that starts at exactly this sequence number. */
    public Optional<Document> findByAggregate(String aggregateId, long firstSeq) {
        return Optional.ofNullable(commits.find(new Document("aggregateId", aggregateId).append("firstSeq", firstSeq)).first());
    }

    /** Whether a commit of the aggregate ends exactly at this sequence number (so the next one would start after it). */
    public boolean commitEndsAt(String aggregateId, long lastSeq) {
        return commits.find(new Document("aggregateId", aggregateId).append("lastSeq", lastSeq))
                .projection(Projections.include("_id")).first() != null;
    }

    /** Rare fallback when a read starts inside a commit: a range query (a full scan on the embedded server). */
    public Optional<Document> findContaining(String aggregateId, long seq) {
        return Optional.ofNullable(commits.find(Filters.and(Filters.eq("aggregateId", aggregateId),
                        Filters.lte("firstSeq", seq), Filters.gte("lastSeq", seq)))
                .first());
    }
}
