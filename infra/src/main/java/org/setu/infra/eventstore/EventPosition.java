package org.setu.infra.eventstore;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * A tracking position: the commit's dense position and the event's index inside that commit, packed into one long
 * so that Axon's {@link GlobalSequenceTrackingToken} (and its replay, merge and split support) can carry it.
 * See docs/decisions/0002-event-store.md.
 */
public record EventPosition(long commit, int index) {

    static final int INDEX_BITS = 16;
    static final int MAX_EVENTS_PER_COMMIT = 1 << INDEX_BITS;
    private static final int LAST_INDEX = MAX_EVENTS_PER_COMMIT - 1;

    public EventPosition {
        if (commit < 1 || index < 0 || index > LAST_INDEX) {
            throw new IllegalArgumentException("not an event position: commit " + commit + ", index " + index);
        }
    }

    /** A position that covers every event of the given commit. */
    static EventPosition endOf(long commit) {
        return new EventPosition(commit, LAST_INDEX);
    }

    long encoded() {
        return (commit << INDEX_BITS) | index;
    }

    TrackingToken token() {
        return new GlobalSequenceTrackingToken(encoded());
    }

    static EventPosition decode(long encoded) {
        return new EventPosition(encoded >>> INDEX_BITS, (int) (encoded & LAST_INDEX));
    }

    boolean coversWholeCommit() {
        return index == LAST_INDEX;
    }

    /** The last handled position a token stands for, or null for a token before the first event. */
    static EventPosition of(TrackingToken token) {
        if (token == null) {
            return null;
        }
        if (token instanceof GlobalSequenceTrackingToken global) {
            return global.getGlobalIndex() < MAX_EVENTS_PER_COMMIT ? null : decode(global.getGlobalIndex());
        }
        throw new IllegalArgumentException("Setu's event store cannot follow a token of type " + token.getClass().getName());
    }
}
