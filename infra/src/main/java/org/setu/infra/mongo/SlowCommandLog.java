package org.setu.infra.mongo;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Logs MongoDB commands slower than a threshold with their filter: on the embedded server a slow command is nearly
 * always a full collection scan (a query shape no unique index serves). Enabled with {@code setu.mongo.slow-command-ms}.
 */
final class SlowCommandLog implements CommandListener {

    private static final Logger LOG = LoggerFactory.getLogger(SlowCommandLog.class);
    private final long thresholdNanos;
    private final Map<Integer, String> started = new ConcurrentHashMap<>();

    SlowCommandLog(long thresholdMillis) {
        this.thresholdNanos = TimeUnit.MILLISECONDS.toNanos(thresholdMillis);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String text = event.getCommand().toJson();
        started.put(event.getRequestId(), text.length() > 400 ? text.substring(0, 400) + "..." : text);
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        String command = started.remove(event.getRequestId());
        if (event.getElapsedTime(TimeUnit.NANOSECONDS) >= thresholdNanos) {
            LOG.warn("Slow MongoDB command ({} ms): {}", event.getElapsedTime(TimeUnit.MILLISECONDS), command);
        }
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        started.remove(event.getRequestId());
    }
}
