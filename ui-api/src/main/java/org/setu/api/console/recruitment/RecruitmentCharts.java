package org.setu.api.console.recruitment;

import org.setu.kernel.recruitment.RecruitmentIndicatorReport;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The recruitment indicators as bar charts drawn on the server, as {@code IndicatorCharts} draws the referral ones
 * (inline SVG, no script): complaints and those resolved per recruiting agency and per month, and taka claimed and
 * paid per agency. Only the {@code ALL} rows are summed (the F/M rows split the same complaints).
 */
public final class RecruitmentCharts {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int ROW = 30;
    private static final int NUMBER_SPACE = 110;

    /** One row: its label, the two figures, and their bars' lengths in SVG units. */
    public record RecruitmentBar(String label, long first, long second, int y, int firstWidth, int secondWidth) {
    }

    /** One chart: an id for its title, legend and description, whether its figures are taka, its bars and height. */
    public record RecruitmentChart(String id, boolean taka, List<RecruitmentBar> bars, int height, long max) {
    }

    private RecruitmentCharts() {
    }

    public static List<RecruitmentChart> of(RecruitmentIndicatorReport report, Function<String, String> monthName) {
        List<Row> all = report.rows().stream().filter(r -> "ALL".equals(r.sex())).toList();
        return List.of(chart("agency", false, all, Row::licence, Row::complaints, Row::resolved),
                sums("month", false, all, Row::month, Row::complaints, Row::resolved).named(monthName),
                chart("money", true, all, Row::licence, Row::claimedBdt, Row::paidBdt));
    }

    private record Sums(String id, boolean taka, Map<String, long[]> sums) {
        RecruitmentChart named(Function<String, String> label) {
            return layout(id, taka, sums, label);
        }
    }

    private static RecruitmentChart chart(String id, boolean taka, List<Row> rows, Function<Row, String> key,
                               ToLongFunction<Row> first, ToLongFunction<Row> second) {
        return sums(id, taka, rows, key, first, second).named(Function.identity());
    }

    private static Sums sums(String id, boolean taka, List<Row> rows, Function<Row, String> key,
                             ToLongFunction<Row> first, ToLongFunction<Row> second) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Row r : rows) {
            long[] sum = sums.computeIfAbsent(key.apply(r), k -> new long[2]);
            sum[0] += first.applyAsLong(r);
            sum[1] += second.applyAsLong(r);
        }
        return new Sums(id, taka, sums);
    }

    private static RecruitmentChart layout(String id, boolean taka, Map<String, long[]> sums, Function<String, String> label) {
        long max = Math.max(1, sums.values().stream().mapToLong(s -> Math.max(s[0], s[1])).max().orElse(1));
        int room = WIDTH - LABEL_WIDTH - NUMBER_SPACE;
        List<Map.Entry<String, long[]>> entries = List.copyOf(sums.entrySet());
        List<RecruitmentBar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            long[] s = entries.get(i).getValue();
            bars.add(new RecruitmentBar(label.apply(entries.get(i).getKey()), s[0], s[1], i * ROW, length(s[0], max, room),
                    length(s[1], max, room)));
        }
        return new RecruitmentChart(id, taka, List.copyOf(bars), Math.max(ROW, bars.size() * ROW), max);
    }

    /** A bar of a non-zero figure is at least 2 units long, so that it shows. */
    private static int length(long value, long max, int room) {
        return value == 0 ? 0 : (int) Math.max(2, Math.round((double) value * room / max));
    }
}
