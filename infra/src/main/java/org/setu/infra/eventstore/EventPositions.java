package org.setu.infra.eventstore;

/** Reads facts about a tracking position from the log: for lag metrics and replay progress. */
public final class EventPositions {

    private EventPositions() {
    }

    /** How many events of the log a token at this encoded position has handled. */
    public static long eventsThrough(CommitLog log, long encodedPosition) {
        if (encodedPosition < EventPosition.MAX_EVENTS_PER_COMMIT) {
            return 0;
        }
        EventPosition p = EventPosition.decode(encodedPosition);
        return log.facts(p.commit()).map(c -> p.coversWholeCommit() ? c.eventsThrough()
                : c.eventsThrough() - c.events() + p.index() + 1).orElse(0L);
    }

    /** When the commit at this position was stored (epoch millis), or 0 when there is none. */
    public static long committedAt(CommitLog log, long commitPosition) {
        return log.find(commitPosition).map(c -> c.getLong("committedAt")).orElse(0L);
    }

    /** When the first event not yet handled after this encoded position was stored. */
    public static long committedAtOfNext(CommitLog log, long encodedPosition) {
        if (encodedPosition < EventPosition.MAX_EVENTS_PER_COMMIT) {
            return committedAt(log, 1);
        }
        EventPosition p = EventPosition.decode(encodedPosition);
        return committedAt(log, p.coversWholeCommit() ? p.commit() + 1 : p.commit());
    }
}
