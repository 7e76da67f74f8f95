package org.setu.query.common;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilding a projection without taking it away: each projection's collections exist in generations. Queries read
 * the active generation; a reset starts building the next one, which handlers then write; once the replay has caught
 * up, the built generation becomes active and the old one is dropped. The state lives in {@code projection_generations}
 * (one document per processing group), cached per node.
 */
public final class Generations {

    public static final String COLLECTION = "projection_generations";
    private final MongoDatabase database;
    private final MongoCollection<Document> state;
    private static final long READ_CACHE_MILLIS = 2_000;
    private final Map<String, State> cache = new ConcurrentHashMap<>();
    private final Map<String, Long> loadedAt = new ConcurrentHashMap<>();

    /** The active generation and the one being built (or null). */
    public record State(int active, Integer building) {
        int write() {
            return building != null ? building : active;
        }
    }

    public Generations(MongoDatabase database) {
        this.database = database;
        this.state = database.getCollection(COLLECTION);
    }

    public State state(String group) {
        return cache.computeIfAbsent(group, this::load);
    }

    private State load(String group) {
        Document d = state.find(new Document("_id", group)).first();
        return d == null ? new State(0, null) : new State(d.getInteger("active"), d.getInteger("building"));
    }

    /**
     * The state as another node may have changed it: re-read when this node's copy is more than two seconds old. A
     * rebuild asked on one node may be replayed by another (the one holding the projection's claim, or the one that
     * takes it over), which must then write the generation being built.
     */
    public State current(String group) {
        long now = System.currentTimeMillis();
        if (now - loadedAt.getOrDefault(group, 0L) > READ_CACHE_MILLIS) {
            cache.put(group, load(group));
            loadedAt.put(group, now);
        }
        return state(group);
    }

    /** Whether a new generation of the projection is being built (a rebuild is replaying), on any node. */
    public boolean building(String group) {
        return current(group).building() != null;
    }

    /** The collection to write for this projection (the generation being built, if any). */
    public MongoCollection<Document> forWrite(String group, String base) {
        return database.getCollection(name(base, current(group).write()));
    }

    /**
     * The collection to read (the active generation). Another node may have switched generations: the state is
     * re-read every two seconds, and an old generation is only dropped when the next rebuild starts, so a node that
     * has not noticed a switch yet still reads complete (older) data.
     */
    public MongoCollection<Document> forRead(String group, String base) {
        return database.getCollection(name(base, current(group).active()));
    }

    /**
     * Called on reset: the next generation starts empty and receives every write from now on. Generations older
     * than the active one (left from the previous rebuild) are dropped now.
     */
    public synchronized void startBuilding(RebuildableProjection projection) {
        String group = projection.processingGroup();
        State current = load(group);
        int next = current.active() + 1;
        for (String base : projection.collections()) {
            database.getCollection(name(base, next)).drop();
            for (int old = 0; old < current.active(); old++) {
                database.getCollection(name(base, old)).drop();
            }
        }
        save(group, new State(current.active(), next));
        ensureIndexes(projection);
    }

    /** Creates the projection's secondary indexes on the generations in use. */
    public void ensureIndexes(RebuildableProjection projection) {
        State current = load(projection.processingGroup());
        projection.indexes().forEach((base, indexes) -> indexes.forEach(index -> {
            database.getCollection(name(base, current.active())).createIndex(index);
            if (current.building() != null) {
                database.getCollection(name(base, current.building())).createIndex(index);
            }
        }));
    }

    /** Makes the built generation active; false when nothing was being built. */
    public synchronized boolean switchToBuilt(String group) {
        State current = load(group);
        if (current.building() == null) {
            return false;
        }
        save(group, new State(current.building(), null));
        return true;
    }

    private void save(String group, State next) {
        state.replaceOne(new Document("_id", group), new Document("_id", group).append("active", next.active())
                .append("building", next.building()), new ReplaceOptions().upsert(true));
        cache.put(group, next);
    }

    public static String name(String base, int generation) {
        return generation == 0 ? base : base + "_g" + generation;
    }
}
