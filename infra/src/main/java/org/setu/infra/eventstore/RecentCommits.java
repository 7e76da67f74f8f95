package org.setu.infra.eventstore;

import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The commits this node appended last, by position, exactly as they were inserted: its processors read what the node
 * just wrote from here instead of from the store (issue 17). Only a position whose insert succeeded is remembered,
 * so a position found here holds this document in the store too; one not found here is read from the store, where
 * another node's commits are.
 */
final class RecentCommits {

    private final int capacity;
    private final ConcurrentNavigableMap<Long, Document> byPosition = new ConcurrentSkipListMap<>();

    RecentCommits(int capacity) {
        this.capacity = capacity;
    }

    /** After the insert at this position succeeded. The document is not changed afterwards by anyone. */
    void appended(long position, Document commit) {
        byPosition.put(position, commit);
        byPosition.headMap(position - capacity, true).clear();
    }

    /** The remembered run of consecutive positions from {@code from}, at most {@code max}; empty if {@code from} is not here. */
    List<Document> run(long from, int max) {
        List<Document> run = new ArrayList<>();
        for (long p = from; p < from + max; p++) {
            Document commit = byPosition.get(p);
            if (commit == null) {
                break;
            }
            run.add(commit);
        }
        return run;
    }
}
