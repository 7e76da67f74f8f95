package org.setu.api.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Bar charts drawn on the server (inline SVG: no script, no charting library), laid out here so that the template
 * only draws them, with a title, a description and the same figures as a table beside each. A chart sums two figures
 * per label (requested and completed referrals, complaints and those resolved, taka claimed and paid); both bars of
 * a row share one scale.
 */
public final class BarCharts {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int ROW = 30;

    /** One row: its label, the two figures, and their bars' lengths in SVG units. */
    public record Bar(String label, long first, long second, int y, int firstWidth, int secondWidth) {
    }

    /** One chart: an id for its title and description, whether its figures are taka, its bars and the SVG's height. */
    public record Chart(String id, boolean taka, List<Bar> bars, int height, long max) {
    }

    private BarCharts() {
    }

    /** The two figures summed per key, in the keys' order. */
    public static <R> Map<String, long[]> sums(List<R> rows, Function<R, String> key, ToLongFunction<R> first,
                                               ToLongFunction<R> second) {
        Map<String, long[]> sums = new TreeMap<>();
        for (R r : rows) {
            long[] sum = sums.computeIfAbsent(key.apply(r), k -> new long[2]);
            sum[0] += first.applyAsLong(r);
            sum[1] += second.applyAsLong(r);
        }
        return sums;
    }

    /**
     * The sums as a chart, a row per key named by {@code label}; {@code numberSpace} is what the figure after the
     * longest bar needs (taka figures are wider).
     */
    public static Chart layout(String id, boolean taka, Map<String, long[]> sums, Function<String, String> label,
                               int numberSpace) {
        long max = Math.max(1, sums.values().stream().mapToLong(s -> Math.max(s[0], s[1])).max().orElse(1));
        int room = WIDTH - LABEL_WIDTH - numberSpace;
        List<Map.Entry<String, long[]>> entries = List.copyOf(sums.entrySet());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            long[] s = entries.get(i).getValue();
            bars.add(new Bar(label.apply(entries.get(i).getKey()), s[0], s[1], i * ROW, length(s[0], max, room),
                    length(s[1], max, room)));
        }
        return new Chart(id, taka, List.copyOf(bars), Math.max(ROW, bars.size() * ROW), max);
    }

    /** A bar of a non-zero figure is at least 2 units long, so that it shows. */
    static int length(long value, long max, int room) {
        return value == 0 ? 0 : (int) Math.max(2, Math.round((double) value * room / max));
    }
}
