package org.setu.infra.query;

import com.mongodb.client.MongoCollection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.setu.infra.eventstore.CommitLog;
import org.setu.infra.eventstore.EventPositions;
import org.setu.kernel.query.AwaitProjectionsQuery;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Waits until every projection of the network has passed the log's head as it was when asked: what the API waits for
 * after a command, so that the next read on any node, of any list or view, shows the command's effect. A processor
 * whose segments this node holds is watched in memory (a single node never reads the token store for it); one run
 * wholly or partly by other nodes is watched through the shared token store (docs/projections.md, decision 0014).
 */
public class ProjectionBarrier {

    private final CommitLog log;
    private final EventProcessingConfiguration processing;
    private final Predicate<String> rebuilding;
    private final SharedProgress shared;

    /**
     * @param rebuilding processors replaying from the start are not waited for; their old generation serves
     * @param tokens     the token store's collection, read (never claimed) for processors other nodes run
     * @param serializer the token store's serializer
     */
    public ProjectionBarrier(CommitLog log, EventProcessingConfiguration processing, Predicate<String> rebuilding,
                             MongoCollection<Document> tokens, Serializer serializer) {
        this.log = log;
        this.processing = processing;
        this.rebuilding = rebuilding;
        this.shared = new SharedProgress(tokens, serializer, Clock.systemUTC());
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
        Map<String, Map<Integer, OptionalLong>> stored = null;
        for (var entry : processing.eventProcessors().entrySet()) {
            String name = entry.getKey();
            if (!(entry.getValue() instanceof StreamingEventProcessor streaming) || !streaming.isRunning()
                    || rebuilding.test(name)) {
                continue;
            }
            Map<Integer, EventTrackerStatus> local = streaming.processingStatus();
            for (EventTrackerStatus status : local.values()) {
                if (!passed(status.getCurrentPosition(), events)) {
                    return false;
                }
            }
            if (local.size() >= shared.segments(name) && !local.isEmpty()) {
                continue;
            }
            stored = stored != null ? stored : shared.positions();
            Map<Integer, OptionalLong> segments = stored.getOrDefault(name, Map.of());
            if (segments.isEmpty()) {
                return false;
            }
            for (var segment : segments.entrySet()) {
                if (!local.containsKey(segment.getKey()) && !passed(segment.getValue(), events)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean passed(OptionalLong position, long events) {
        return position.isPresent() && EventPositions.eventsThrough(log, position.getAsLong()) >= events;
    }
}
