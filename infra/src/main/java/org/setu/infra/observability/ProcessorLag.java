package org.setu.infra.observability;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.setu.infra.eventstore.CommitLog;
import org.setu.infra.eventstore.EventPositions;

import java.util.OptionalLong;

/**
 * How far a processor is behind the head of the log: events not yet handled, and the age of the head commit when
 * seen from the oldest segment's position. Computed from exact-key lookups, so cheap at any store size.
 */
public final class ProcessorLag {

    private final CommitLog log;

    public ProcessorLag(CommitLog log) {
        this.log = log;
    }

    public record Lag(long events, double seconds) {
    }

    public Lag of(StreamingEventProcessor processor) {
        CommitLog.Head head = log.refreshHead();
        long slowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            OptionalLong position = status.getCurrentPosition();
            slowest = Math.min(slowest, position.orElse(0));
        }
        if (slowest == Long.MAX_VALUE) {
            return new Lag(0, 0);
        }
        long handled = EventPositions.eventsThrough(log, slowest);
        double seconds = handled >= head.eventsThrough() ? 0
                : Math.max(0, (EventPositions.committedAt(log, head.position())
                - EventPositions.committedAtOfNext(log, slowest)) / 1000.0);
        return new Lag(Math.max(0, head.eventsThrough() - handled), seconds);
    }
}
