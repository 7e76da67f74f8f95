package org.setu.kernel.admin;

import java.time.Instant;

/** A projection rebuild's progress: events replayed of the total, the rate, and the time left. */
public record RebuildStatus(String processingGroup, State state, long eventsDone, long eventsTotal,
                            double eventsPerSecond, Long etaSeconds, Instant startedAt, Instant finishedAt) {

    /** NONE: never rebuilt on this store (every node answers the same: runs are kept in the store). */
    public enum State { NONE, RUNNING, DONE }
}
