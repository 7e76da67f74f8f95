package org.setu.api.console;

import org.setu.kernel.query.IndicatorReport;
import org.setu.kernel.query.IndicatorRow;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The indicators as bar charts drawn on the server (inline SVG: no script, no charting library): referrals requested
 * and completed per month, per category (with its GCM objective) and per district. Each chart is laid out here and
 * the template only draws it, with a title, a description and the same figures as a table beside it.
 */
public final class IndicatorCharts {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int ROW = 30;
    static final int BAR = 12;
    private static final int NUMBER_SPACE = 60;

    /** One row: its label, the figures, and the two bars' lengths in SVG units. */
    public record Bar(String label, long requested, long completed, int y, int requestedWidth, int completedWidth) {
    }

    /** One chart: an id for its title and description, the bars, and the SVG's height. */
    public record Chart(String id, List<Bar> bars, int height, long max) {
    }

    private IndicatorCharts() {
    }

    /** Month, category and district charts; {@code category} names a category in the page's language. */
    public static List<Chart> of(IndicatorReport report, Function<IndicatorRow, String> category) {
        return List.of(chart("month", report, IndicatorRow::month),
                chart("category", report, category),
                chart("district", report, r -> r.district() == null ? "–" : r.district()));
    }

    static Chart chart(String id, IndicatorReport report, Function<IndicatorRow, String> key) {
        Map<String, long[]> sums = new TreeMap<>();
        for (IndicatorRow r : report.rows()) {
            long[] sum = sums.computeIfAbsent(key.apply(r), k -> new long[2]);
            sum[0] += r.requested();
            sum[1] += r.completed();
        }
        long max = Math.max(1, sums.values().stream().mapToLong(s -> s[0]).max().orElse(1));
        int room = WIDTH - LABEL_WIDTH - NUMBER_SPACE;
        var entries = List.copyOf(sums.entrySet());
        List<Bar> bars = entries.stream().map(e -> {
            int i = entries.indexOf(e);
            long[] s = e.getValue();
            return new Bar(e.getKey(), s[0], s[1], i * ROW, length(s[0], max, room), length(s[1], max, room));
        }).collect(Collectors.toList());
        return new Chart(id, bars, Math.max(ROW, bars.size() * ROW), max);
    }

    /** A bar of a non-zero figure is at least 2 units long, so that it shows. */
    private static int length(long value, long max, int room) {
        return value == 0 ? 0 : (int) Math.max(2, Math.round((double) value * room / max));
    }
}
