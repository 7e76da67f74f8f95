package org.setu.infra.eventstore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counters of what the event store did: events and commits appended, version conflicts, position retries. */
public final class EventStoreMetrics {

    private final Counter events;
    private final Counter commits;
    private final Counter conflicts;
    private final Counter positionConflicts;

    public EventStoreMetrics(MeterRegistry registry) {
        events = Counter.builder("setu.events.appended").description("Events appended to the event store").register(registry);
        commits = Counter.builder("setu.eventstore.commits").description("Commits appended").register(registry);
        conflicts = Counter.builder("setu.eventstore.concurrency.conflicts")
                .description("Appends refused because another command changed the aggregate first").register(registry);
        positionConflicts = Counter.builder("setu.eventstore.position.retries")
                .description("Appends that found their position taken by another node and retried").register(registry);
    }

    void appended(int eventCount) {
        events.increment(eventCount);
        commits.increment();
    }

    void concurrencyConflict() {
        conflicts.increment();
    }

    void positionConflicts(long n) {
        positionConflicts.increment(n);
    }
}
