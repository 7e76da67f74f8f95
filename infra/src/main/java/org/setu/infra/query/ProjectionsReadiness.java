package org.setu.infra.query;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Readiness: a node takes traffic only once every projection has caught up with the log's head as it stood when the
 * node started, so that each case acknowledged before a crash or restart is readable as soon as the node is ready.
 * Latched: once caught up, later lag is the barrier's business (each mutation waits for it), not a reason to stop
 * traffic. Projections rebuilding behind an old generation do not hold readiness back: the old generation serves.
 */
public class ProjectionsReadiness extends AbstractHealthIndicator implements ApplicationListener<ApplicationReadyEvent> {

    private final ProjectionBarrier barrier;
    private final AtomicLong target = new AtomicLong(-1);
    private final AtomicBoolean caughtUp = new AtomicBoolean();

    public ProjectionsReadiness(ProjectionBarrier barrier) {
        super("Projections have not caught up with the log yet");
        this.barrier = barrier;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        target.compareAndSet(-1, barrier.head());
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long head = target.get();
        if (head < 0) {
            builder.outOfService().withDetail("reason", "starting");
            return;
        }
        // An empty log has nothing to catch up with (and processors that saw no event report no position).
        if (caughtUp.get() || head == 0 || barrier.allPassed(head)) {
            caughtUp.set(true);
            builder.up().withDetail("caughtUpWith", head);
            return;
        }
        builder.outOfService().withDetail("catchingUpWith", head);
    }
}
