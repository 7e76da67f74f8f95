package org.setu.infra.eventstore;

import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-node memory of facts that never turn false, to save round trips on hot paths: where an aggregate's commits end
 * (a commit, once stored, never changes) and the latest snapshot seen (an older snapshot is still correct to start
 * from: the walk reads every event after it). Bounded, least recently used first out.
 */
final class AggregateHints {

    private final Map<String, Long> lastCommitEnd;
    private final Map<String, Optional<Document>> snapshots;

    AggregateHints(int capacity) {
        this.lastCommitEnd = lru(capacity);
        this.snapshots = lru(capacity);
    }

    private static <V> Map<String, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void commitEnded(String aggregateId, long lastSeq) {
        lastCommitEnd.merge(aggregateId, lastSeq, Math::max);
    }

    /** The furthest sequence number at which this node saw one of the aggregate's commits end, or null. */
    synchronized Long lastCommitEnd(String aggregateId) {
        return lastCommitEnd.get(aggregateId);
    }

    synchronized boolean knownCommitEnd(String aggregateId, long seq) {
        Long known = lastCommitEnd.get(aggregateId);
        return known != null && known == seq;
    }

    /** The cached snapshot lookup result, or null when this node has not looked yet. */
    synchronized Optional<Document> snapshot(String aggregateId) {
        return snapshots.get(aggregateId);
    }

    synchronized void snapshotSeen(String aggregateId, Optional<Document> snapshot) {
        Optional<Document> known = snapshots.get(aggregateId);
        if (known == null || known.isEmpty() || snapshot.isPresent()
                && snapshot.get().getLong("seq") >= known.get().getLong("seq")) {
            snapshots.put(aggregateId, snapshot);
        }
    }
}
