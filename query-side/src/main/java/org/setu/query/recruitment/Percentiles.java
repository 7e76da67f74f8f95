package org.setu.query.recruitment;

import java.util.List;

/**
 * Percentiles of the recruitment indicators, by linear interpolation between closest ranks (Hyndman and Fan's type 7:
 * Excel's PERCENTILE.INC, numpy's default). At p = 0.5 it is the usual median, the mean of the two middle values
 * when their number is even, so median and p90 of a row come from one rule. The network indicators use nearest rank
 * instead (docs/recruitment.md says why these differ).
 */
final class Percentiles {

    private Percentiles() {
    }

    /** The value at fraction {@code p} (0 to 1) of the sorted values; null for none. */
    static Double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.size() - 1);
        double weight = rank - below;
        // weighted this way, p = 0.5 gives exactly (a + b) / 2, the median as it was computed before p90 existed
        return (1 - weight) * sorted.get(below) + weight * sorted.get(above);
    }

    static Double median(List<Double> values) {
        return percentile(values, 0.5);
    }
}
