package org.setu.infra.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryHandler;
import org.setu.infra.eventstore.CommitLog;
import org.setu.infra.eventstore.EventPositions;
import org.setu.kernel.query.AwaitProjectionsQuery;

import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Waits until this node's streaming processors have passed the log's head as it was when asked: what the API
 * waits for after a command so that the caller's next read, of any list or view, shows the command's effect.
 */
public class ProjectionBarrier {

    private final CommitLog log;
    private final EventProcessingConfiguration processing;
    private final Predicate<String> rebuilding;

    /** {@code rebuilding}: processors replaying from the start are not waited for; their old generation serves. */
    public ProjectionBarrier(CommitLog log, EventProcessingConfiguration processing, Predicate<String> rebuilding) {
        this.log = log;
        this.processing = processing;
        this.rebuilding = rebuilding;
    }

    @QueryHandler
    public Boolean handle(AwaitProjectionsQuery query) throws InterruptedException {
        long target = head();
        long deadline = System.nanoTime() + query.timeoutMillis() * 1_000_000;
        long pause = 1;
        while (!allPassed(target)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(pause);
            pause = Math.min(20, pause * 2);
        }
        return true;
    }

    /** The log's head now, in events: what a caller waits for after its command, or readiness at start-up. */
    public long head() {
        return log.refreshHead().eventsThrough();
    }

    /** Whether every running processor (but those rebuilding behind an old generation) has passed this many events. */
    public boolean allPassed(long events) {
        for (var entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor streaming && streaming.isRunning()
                    && !rebuilding.test(entry.getKey())) {
                for (EventTrackerStatus status : streaming.processingStatus().values()) {
                    OptionalLong position = status.getCurrentPosition();
                    if (position.isEmpty() || EventPositions.eventsThrough(log, position.getAsLong()) < events) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
