package org.setu.query.common;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import java.util.OptionalLong;

/**
 * For the projections that number events densely (the audit trail, the partner feed): whether an event may have been
 * numbered already, so that its marker must be looked up. Beside their head they keep the log position of the
 * furthest event that moved it. Their processor reads the log in order, so an event past that position is new: its
 * marker is not read (one store command less per event, issue 17). An event at or before it is a redelivery (a crash
 * before the token moved) or a dead letter retried after later events were numbered: its marker tells which. An
 * event read from no log (no position) and a head written before positions were kept are always looked up.
 */
public final class NumberedThrough {

    /** The head's field: the furthest log position of an event that moved the head. */
    public static final String FIELD = "logPosition";

    private NumberedThrough() {
    }

    /** Whether the event may have been numbered already, given the head as stored (null: nothing numbered yet). */
    public static boolean mayBeNumbered(Document head, EventMessage<?> message) {
        OptionalLong position = position(message);
        if (position.isEmpty()) {
            return true;
        }
        if (head == null) {
            return false;
        }
        Long through = head.getLong(FIELD);
        return through == null || position.getAsLong() <= through;
    }

    /**
     * The new head with the furthest position kept: a dead letter retried late moves the head's number but not its
     * position back, or a later event's redelivery would be taken for new and numbered twice. A head written before
     * positions were kept gets the event's: every event before it was numbered in log order too.
     */
    public static Document advance(Document next, Document previous, EventMessage<?> message) {
        Long through = previous == null ? null : previous.getLong(FIELD);
        OptionalLong position = position(message);
        if (position.isPresent()) {
            through = through == null ? position.getAsLong() : Math.max(through, position.getAsLong());
        }
        return through == null ? next : next.append(FIELD, through);
    }

    /** The event's position in the log, as its tracking token says (a replay's token too). */
    static OptionalLong position(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked) {
            TrackingToken token = tracked.trackingToken();
            return token == null ? OptionalLong.empty() : token.position();
        }
        return OptionalLong.empty();
    }
}
