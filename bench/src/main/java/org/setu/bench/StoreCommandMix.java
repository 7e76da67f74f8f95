package org.setu.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which store commands a phase sent, by command and collection ({@code insert audit_entries}), counted from the
 * driver's command timers: the "store commands per request" column taken apart, to see which projection or step
 * a lever would save a round trip of.
 */
final class StoreCommandMix {

    private final MeterRegistry metrics;

    StoreCommandMix(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** The commands sent so far, per command and collection. */
    Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (Timer timer : metrics.find("mongodb.driver.commands").timers()) {
            String key = timer.getId().getTag("command") + " " + timer.getId().getTag("collection");
            counts.merge(key, timer.count(), Long::sum);
        }
        return counts;
    }

    /** What was sent between two snapshots, per request, the most frequent first; below 0.05 per request left out. */
    static String perRequest(Map<String, Long> before, Map<String, Long> after, long requests) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / (double) requests))
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%.1f %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
    }
}
