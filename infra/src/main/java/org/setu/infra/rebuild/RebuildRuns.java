package org.setu.infra.rebuild;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each projection's last rebuild, kept in MongoDB ({@code projection_rebuilds}) so that every node sees it: the node
 * an administrator asks, the node that runs the replay (whichever holds the projection's claim, and it may change),
 * and the node the next status request lands on. One run per projection at a time, across all nodes.
 */
final class RebuildRuns {

    static final String COLLECTION = "projection_rebuilds";
    private final MongoCollection<Document> runs;

    RebuildRuns(MongoDatabase database) {
        this.runs = database.getCollection(COLLECTION);
    }

    /**
     * A rebuild: when it started, how many events it replays, whether the projection's tokens were reset yet (by the
     * node holding its claim), how many events are done, and when it finished (or null).
     */
    record Run(String group, Instant startedAt, long total, boolean reset, long done, Instant finishedAt) {

        boolean running() {
            return finishedAt == null;
        }
    }

    /** Starts a run unless one is running on any node (then false): replaces a finished run, or writes the first. */
    boolean start(String group, Instant at, long total) {
        Document run = new Document("_id", group).append("startedAt", Date.from(at)).append("total", total)
                .append("reset", false).append("done", 0L).append("finishedAt", null);
        // A running run does not match, so the upsert tries to insert its id a second time and is refused.
        return UniqueKeys.took(() -> runs.replaceOne(Filters.and(Filters.eq("_id", group), Filters.ne("finishedAt", null)),
                run, new ReplaceOptions().upsert(true)));
    }

    /** The projection's tokens are reset: the replay has begun, on the node that holds the projection's claim. */
    void reset(String group) {
        runs.updateOne(Filters.and(Filters.eq("_id", group), Filters.eq("finishedAt", null)), Updates.set("reset", true));
    }

    void progress(String group, long done) {
        runs.updateOne(Filters.and(Filters.eq("_id", group), Filters.eq("finishedAt", null)), Updates.set("done", done));
    }

    void finish(String group, long total, Instant at) {
        runs.updateOne(Filters.and(Filters.eq("_id", group), Filters.eq("finishedAt", null)),
                Updates.combine(Updates.set("done", total), Updates.set("finishedAt", Date.from(at))));
    }

    /** Forgets a run that never got going (its reset failed, or its node died before it): another may start. */
    void abandon(String group) {
        runs.deleteOne(Filters.and(Filters.eq("_id", group), Filters.eq("finishedAt", null)));
    }

    Optional<Run> find(String group) {
        return Optional.ofNullable(runs.find(Filters.eq("_id", group)).first()).map(RebuildRuns::run);
    }

    /** Every projection's last run, by projection, in one read (the list page and each node's look). */
    Map<String, Run> all() {
        Map<String, Run> all = new HashMap<>();
        runs.find().forEach(d -> all.put(d.getString("_id"), run(d)));
        return all;
    }

    private static Run run(Document d) {
        Date finished = d.getDate("finishedAt");
        return new Run(d.getString("_id"), d.getDate("startedAt").toInstant(), d.getLong("total"),
                d.getBoolean("reset", true), d.getLong("done"), finished == null ? null : finished.toInstant());
    }
}
