package org.setu.infra.eventstore;

import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What the log's positions mean, kept in memory: how many events a commit holds and how many the log holds up to it.
 * A commit never changes once stored, so these facts never go stale; this node learns them when it appends (no read)
 * and reads a commit another node wrote at most once while it stays among the recent ones. The projection barrier
 * asks them for every processor at every poll: without this memory that was one store query each (issue 17).
 */
final class CommitFacts {

    /** One commit: the events it holds and the log's event count through it. */
    record Fact(int events, long eventsThrough) {
    }

    private static final int KEPT = 8192;
    private final Map<Long, Fact> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Fact> eldest) {
            return size() > KEPT;
        }
    };
    private final LongFunction<Optional<Document>> store;

    CommitFacts(LongFunction<Optional<Document>> store) {
        this.store = store;
    }

    void learned(long position, int events, long eventsThrough) {
        synchronized (recent) {
            recent.put(position, new Fact(events, eventsThrough));
        }
    }

    Optional<Fact> of(long position) {
        synchronized (recent) {
            Fact known = recent.get(position);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<Fact> read = store.apply(position).map(c -> new Fact(c.getList("events", Object.class).size(),
                c.getLong("eventsThrough")));
        read.ifPresent(f -> learned(position, f.events(), f.eventsThrough()));
        return read;
    }
}
