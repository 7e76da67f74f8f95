package org.setu.infra.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryHandler;
import org.setu.infra.eventstore.CommitLog;
import org.setu.infra.eventstore.EventPositions;
import org.setu.kernel.query.AwaitProjectionsQuery;

import java.util.OptionalLong;

/**
 * Waits until this node's streaming processors have passed the log's head as it was when asked: what the API
 * waits for after a command so that the caller's next read, of any list or view, shows the command's effect.
 */
public class ProjectionBarrier {

    private final CommitLog log;
    private final EventProcessingConfiguration processing;

    public ProjectionBarrier(CommitLog log, EventProcessingConfiguration processing) {
        this.log = log;
        this.processing = processing;
    }

    @QueryHandler
    public Boolean handle(AwaitProjectionsQuery query) throws InterruptedException {
        long target = log.refreshHead().eventsThrough();
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

    private boolean allPassed(long events) {
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
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
