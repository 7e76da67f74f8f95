package org.setu.query.indicators;

import org.setu.kernel.query.IndicatorRow;
import org.setu.kernel.referral.ReferralStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Aggregates referral facts into indicator cells: counts, acceptance rate, median and p90 durations, SLA breaches. */
public final class Indicators {

    private Indicators() {
    }

    public static List<IndicatorRow> aggregate(Collection<ReferralFact> facts) {
        Map<String, List<ReferralFact>> cells = new TreeMap<>();
        for (ReferralFact fact : facts) {
            cells.computeIfAbsent(fact.cell(), k -> new ArrayList<>()).add(fact);
        }
        List<IndicatorRow> rows = new ArrayList<>();
        cells.values().forEach(cell -> rows.add(row(cell)));
        return rows;
    }

    private static IndicatorRow row(List<ReferralFact> cell) {
        ReferralFact first = cell.get(0);
        long accepted = cell.stream().filter(f -> f.decidedAt() != null && f.status() != ReferralStatus.DECLINED).count();
        long declined = count(cell, ReferralStatus.DECLINED);
        List<Double> decisions = hours(cell.stream().filter(f -> f.decidedAt() != null)
                .map(f -> Duration.between(f.requestedAt(), f.decidedAt())).toList());
        List<Double> completions = hours(cell.stream().filter(f -> f.status() == ReferralStatus.COMPLETED && f.endedAt() != null)
                .map(f -> Duration.between(f.requestedAt(), f.endedAt())).toList());
        Double rate = accepted + declined == 0 ? null : (double) accepted / (accepted + declined);
        return new IndicatorRow(first.month(), first.category(), first.category().gcmObjective(), first.migrationStage(),
                first.district(), first.agency(), cell.size(), accepted, declined, count(cell, ReferralStatus.COMPLETED),
                count(cell, ReferralStatus.FAILED), count(cell, ReferralStatus.WITHDRAWN), rate,
                percentile(decisions, 50), percentile(decisions, 90), percentile(completions, 50),
                percentile(completions, 90), cell.stream().mapToLong(f -> f.breaches().size()).sum());
    }

    private static long count(List<ReferralFact> cell, ReferralStatus status) {
        return cell.stream().filter(f -> f.status() == status).count();
    }

    private static List<Double> hours(List<Duration> durations) {
        return durations.stream().map(d -> d.toMillis() / 3_600_000.0).sorted(Comparator.naturalOrder()).toList();
    }

    /** Nearest-rank percentile of sorted values; null for none. */
    static Double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static String month(Instant at) {
        return at.toString().substring(0, 7);
    }
}
