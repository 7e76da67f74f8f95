package org.setu.infra.rebuild;

import org.axonframework.common.ExceptionUtils;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.queryhandling.QueryHandler;
import com.mongodb.client.MongoDatabase;
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
 * replay has caught up the new generation becomes active. The run is kept in MongoDB ({@link RebuildRuns}), so that
 * with several nodes one rebuild of a projection runs at a time, every node answers its progress, and the node that
 * holds the projection's claim (the one replaying, even when it is not the node that was asked, or took over from a
 * node that died) follows it and makes the new generation active. Progress (events done of total, rate, ETA) is
 * logged every two seconds and answered to {@link FindRebuildStatusQuery}. A rebuild started is recorded in the audit
 * trail ({@link AdminActionEvent}); one refused is recorded by the command bus.
 */
public class ProjectionRebuilds implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuilds.class);
    /** How long a run may stand with no generation being built before it is taken for one that never got going. */
    static final Duration NEVER_STARTED = Duration.ofMinutes(1);
    private final EventProcessingConfiguration processing;
    private final Map<String, RebuildableProjection> projections;
    private final Generations generations;
    private final CommitLog log;
    private final Clock clock;
    private final Consumer<Object> audit;
    private final RebuildRuns runs;
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "setu-rebuild-monitor");
        t.setDaemon(true);
        return t;
    });

    public ProjectionRebuilds(EventProcessingConfiguration processing, List<RebuildableProjection> projections,
                              Generations generations, CommitLog log, Clock clock, Consumer<Object> audit,
                              MongoDatabase database) {
        this.processing = processing;
        this.projections = new ConcurrentHashMap<>();
        projections.forEach(p -> this.projections.put(p.processingGroup(), p));
        this.generations = generations;
        this.log = log;
        this.clock = clock;
        this.audit = audit;
        this.runs = new RebuildRuns(database);
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
        long total = log.refreshHead().eventsThrough();
        if (!runs.start(group, clock.instant(), total)) {
            throw new ConflictException(ErrorCode.REBUILD_RUNNING, "Projection '" + group + "' is being rebuilt already");
        }
        if (resetHere(group, processor)) {
            LOG.info("Rebuilding projection {} from the beginning: {} events to replay", group, total);
        } else {
            LOG.info("Rebuilding projection {} from the beginning: {} events to replay, reset by the node holding its "
                    + "claim", group, total);
        }
        audit.accept(new AdminActionEvent(AdminActionEvent.Action.PROJECTION_REBUILD_STARTED, group,
                total + " events to replay", command.stamp()));
        return status(group);
    }

    /**
     * Resets the projection's tokens on this node, so that it replays from the beginning; false when another node
     * holds its claim (that node resets it at its next look, {@link #watch}). Only the holder can: a reset claims the
     * tokens. The processor runs again either way.
     */
    private synchronized boolean resetHere(String group, StreamingEventProcessor processor) {
        try {
            // Wait for the processor's threads to stop: a reset or restart while they wind down is lost.
            processor.shutdownAsync().get(30, TimeUnit.SECONDS);
            processor.resetTokens();
        } catch (Exception e) {
            processor.start(); // the projection goes on as it was
            if (claimedElsewhere(e)) {
                return false;
            }
            runs.abandon(group);
            throw new IllegalStateException("Could not reset projection " + group + " for its rebuild", e);
        }
        processor.start();
        runs.reset(group);
        return true;
    }

    private static boolean claimedElsewhere(Throwable failure) {
        return ExceptionUtils.findException(failure, UnableToClaimTokenException.class).isPresent();
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
        Map<String, RebuildRuns.Run> all = runs.all();
        return new ProjectionList(new TreeSet<>(projections.keySet()).stream()
                .map(group -> status(group, Optional.ofNullable(all.get(group)))).toList());
    }

    private RebuildStatus status(String group) {
        return status(group, runs.find(group));
    }

    private RebuildStatus status(String group, Optional<RebuildRuns.Run> found) {
        if (found.isEmpty()) {
            return new RebuildStatus(group, RebuildStatus.State.NONE, 0, 0, 0, null, null, null);
        }
        RebuildRuns.Run run = found.get();
        Instant end = run.running() ? clock.instant() : run.finishedAt();
        double seconds = Math.max(0.001, Duration.between(run.startedAt(), end).toMillis() / 1000.0);
        double rate = run.done() / seconds;
        Long eta = !run.running() ? Long.valueOf(0)
                : rate > 0 ? Long.valueOf((long) Math.ceil((run.total() - run.done()) / rate)) : null;
        return new RebuildStatus(group, run.running() ? RebuildStatus.State.RUNNING : RebuildStatus.State.DONE,
                run.done(), run.total(), rate, eta, run.startedAt(), run.finishedAt());
    }

    /**
     * Every node, every two seconds: a run asked on another node is reset here when this node holds the projection's
     * claim, and the runs whose replay this node holds move on here.
     */
    private void watch() {
        Map<String, RebuildRuns.Run> all;
        try {
            all = runs.all();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the rebuild runs: {}", e.toString());
            return;
        }
        for (String group : projections.keySet()) {
            try {
                Optional.ofNullable(all.get(group)).filter(RebuildRuns.Run::running).ifPresent(run -> {
                    StreamingEventProcessor processor = processor(group).orElseThrow();
                    if (!run.reset() && !processor.processingStatus().isEmpty() && resetHere(group, processor)) {
                        LOG.info("Reset projection {} for the rebuild asked on another node", group);
                        return;
                    }
                    progress(group, run);
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not check the rebuild of {}: {}", group, e.toString());
            }
        }
    }

    private void progress(String group, RebuildRuns.Run run) {
        if (!generations.building(group)) {
            // The reset that starts the new generation never came (its node died between the two): give the run up.
            if (run.startedAt().plus(NEVER_STARTED).isBefore(clock.instant())) {
                LOG.warn("The rebuild of {} started at {} never began replaying; it is given up", group, run.startedAt());
                runs.abandon(group);
            }
            return;
        }
        StreamingEventProcessor processor = processor(group).orElseThrow();
        var statuses = processor.processingStatus().values();
        if (statuses.isEmpty()) {
            return; // another node holds the replay, and follows it
        }
        long slowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : statuses) {
            slowest = Math.min(slowest, status.getCurrentPosition().orElse(0));
        }
        long done = Math.min(run.total(), EventPositions.eventsThrough(log, slowest));
        // Axon calls a processor "replaying" until it handles an event past the reset point, which may never come on
        // a quiet system: the rebuild is complete once every segment has passed the head seen at the start.
        boolean replayed = done >= run.total() && statuses.stream().allMatch(EventTrackerStatus::isCaughtUp);
        if (replayed) {
            generations.switchToBuilt(group);
            Instant finished = clock.instant();
            runs.finish(group, run.total(), finished);
            LOG.info("Rebuilt projection {}: {} events in {} s; the new generation now serves queries", group, run.total(),
                    Duration.between(run.startedAt(), finished).toSeconds());
            return;
        }
        runs.progress(group, done);
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
