package org.setu.infra.rebuild;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryHandler;
import org.setu.infra.eventstore.CommitLog;
import org.setu.infra.eventstore.EventPositions;
import org.setu.kernel.admin.FindProjectionsQuery;
import org.setu.kernel.admin.FindRebuildStatusQuery;
import org.setu.kernel.admin.ProjectionList;
import org.setu.kernel.admin.RebuildProjectionCommand;
import org.setu.kernel.admin.RebuildStatus;
import org.setu.kernel.audit.AdminActionEvent;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.query.common.Generations;
import org.setu.query.common.RebuildableProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Rebuilds a projection from the beginning of the log: the processor's tokens are reset, its reset handler starts a
 * new generation of its collections, the replay writes there while queries keep reading the old one, and when the
 * replay has caught up the new generation becomes active. Progress (events done of total, rate, ETA) is logged every
 * two seconds and answered to {@link FindRebuildStatusQuery}. A rebuild started is recorded in the audit trail
 * ({@link AdminActionEvent}); one refused is recorded by the command bus.
 */
public class ProjectionRebuilds implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private final EventProcessingConfiguration processing;
    private final Map<String, RebuildableProjection> projections;
    private final Generations generations;
    private final CommitLog log;
    private final Clock clock;
    private final Consumer<Object> audit;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "setu-rebuild-monitor");
        t.setDaemon(true);
        return t;
    });

    private static final class Run {
        final Instant startedAt;
        final long total;
        volatile long done;
        volatile Instant finishedAt;

        Run(Instant startedAt, long total) {
            this.startedAt = startedAt;
            this.total = total;
        }
    }

    public ProjectionRebuilds(EventProcessingConfiguration processing, List<RebuildableProjection> projections,
                              Generations generations, CommitLog log, Clock clock, Consumer<Object> audit) {
        this.processing = processing;
        this.projections = new ConcurrentHashMap<>();
        projections.forEach(p -> this.projections.put(p.processingGroup(), p));
        this.generations = generations;
        this.log = log;
        this.clock = clock;
        this.audit = audit;
        monitor.scheduleWithFixedDelay(this::watch, 2, 2, TimeUnit.SECONDS);
    }

    @CommandHandler
    public synchronized RebuildStatus handle(RebuildProjectionCommand command) {
        String group = command.processingGroup();
        RebuildableProjection projection = projections.get(group);
        StreamingEventProcessor processor = processor(group).orElse(null);
        if (projection == null || processor == null) {
            throw new UnknownResourceException(ErrorCode.PROJECTION_NOT_FOUND,
                    "No rebuildable projection '" + group + "'; known: " + projections.keySet());
        }
        Run running = runs.get(group);
        if (running != null && running.finishedAt == null) {
            throw new ConflictException(ErrorCode.REBUILD_RUNNING, "Projection '" + group + "' is being rebuilt already");
        }
        long total = log.refreshHead().eventsThrough();
        try {
            // Wait for the processor's threads to stop: a reset or restart while they wind down is lost.
            processor.shutdownAsync().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop projection " + group + " for its rebuild", e);
        }
        processor.resetTokens();
        runs.put(group, new Run(clock.instant(), total));
        processor.start();
        LOG.info("Rebuilding projection {} from the beginning: {} events to replay", group, total);
        audit.accept(new AdminActionEvent(AdminActionEvent.Action.PROJECTION_REBUILD_STARTED, group,
                total + " events to replay", command.stamp()));
        return status(group);
    }

    @QueryHandler
    public RebuildStatus handle(FindRebuildStatusQuery query) {
        if (!projections.containsKey(query.processingGroup())) {
            throw new UnknownResourceException(ErrorCode.PROJECTION_NOT_FOUND,
                    "No rebuildable projection '" + query.processingGroup() + "'; known: " + projections.keySet());
        }
        return status(query.processingGroup());
    }

    @QueryHandler
    public ProjectionList handle(FindProjectionsQuery query) {
        return new ProjectionList(new TreeSet<>(projections.keySet()).stream().map(this::status).toList());
    }

    public boolean isRebuilding(String group) {
        Run run = runs.get(group);
        return run != null && run.finishedAt == null;
    }

    private RebuildStatus status(String group) {
        Run run = runs.get(group);
        if (run == null) {
            return new RebuildStatus(group, RebuildStatus.State.NONE, 0, 0, 0, null, null, null);
        }
        Instant end = run.finishedAt != null ? run.finishedAt : clock.instant();
        double seconds = Math.max(0.001, Duration.between(run.startedAt, end).toMillis() / 1000.0);
        double rate = run.done / seconds;
        Long eta = run.finishedAt != null ? Long.valueOf(0) : rate > 0 ? Long.valueOf((long) Math.ceil((run.total - run.done) / rate)) : null;
        return new RebuildStatus(group, run.finishedAt == null ? RebuildStatus.State.RUNNING : RebuildStatus.State.DONE,
                run.done, run.total, rate, eta, run.startedAt, run.finishedAt);
    }

    private void watch() {
        runs.forEach((group, run) -> {
            if (run.finishedAt != null) {
                return;
            }
            try {
                progress(group, run);
            } catch (RuntimeException e) {
                LOG.warn("Could not check the rebuild of {}: {}", group, e.toString());
            }
        });
    }

    private void progress(String group, Run run) {
        StreamingEventProcessor processor = processor(group).orElseThrow();
        var statuses = processor.processingStatus().values();
        if (statuses.isEmpty()) {
            return;
        }
        long slowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : statuses) {
            slowest = Math.min(slowest, status.getCurrentPosition().orElse(0));
        }
        run.done = Math.min(run.total, EventPositions.eventsThrough(log, slowest));
        // Axon calls a processor "replaying" until it handles an event past the reset point, which may never come on
        // a quiet system: the rebuild is complete once every segment has passed the head seen at the start.
        boolean replayed = run.done >= run.total && statuses.stream().allMatch(EventTrackerStatus::isCaughtUp);
        if (replayed) {
            generations.switchToBuilt(group);
            run.done = run.total;
            run.finishedAt = clock.instant();
            LOG.info("Rebuilt projection {}: {} events in {} s; the new generation now serves queries", group, run.total,
                    Duration.between(run.startedAt, run.finishedAt).toSeconds());
            return;
        }
        RebuildStatus s = status(group);
        LOG.info(String.format(Locale.ROOT, "Rebuilding projection %s: %,d / %,d events (%.1f %%), %.0f events/s, ETA %s s",
                group, s.eventsDone(), s.eventsTotal(), s.eventsTotal() == 0 ? 100.0 : 100.0 * s.eventsDone() / s.eventsTotal(),
                s.eventsPerSecond(), s.etaSeconds() == null ? "?" : s.etaSeconds().toString()));
    }

    private Optional<StreamingEventProcessor> processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class);
    }

    @Override
    public void close() {
        monitor.shutdownNow();
    }
}
