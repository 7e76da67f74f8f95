package org.setu.query.recruitment;

import org.setu.kernel.recruitment.RecruitingAgencyView.Deployments;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.CostRatio;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.Row;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.setu.query.recruitment.Percentiles.median;

/**
 * The recruitment indicators as a pure function of the complaint facts and the deployments (docs/recruitment.md):
 * per recruiting agency and month of receipt, a row for all complainants and one per sex present (F and M always,
 * as deployment records count women and men). SDG 10.7.1 is computed per person: cost paid ÷ monthly wage at
 * destination of the same complainant, for those who gave both (wage above zero); the median per destination country.
 * The sanctions give the repeat-offender flag and the days from receipt to sanction ({@link SanctionFigures}).
 */
final class RecruitmentIndicators {

    static final String ALL = "ALL";

    private RecruitmentIndicators() {
    }

    /**
     * @param deployments by {@code licence|month}
     * @param sanctions   every sanction of the agencies asked for imposed from eleven months before the first month
     */
    static List<Row> aggregate(Collection<ComplaintFact> facts, Map<String, Deployments> deployments,
                               Collection<SanctionFact> sanctions) {
        Map<String, Instant> sanctioned = SanctionFigures.firstSanctioned(sanctions);
        TreeSet<String> cells = new TreeSet<>();
        facts.forEach(f -> cells.add(f.licence() + "|" + f.month()));
        cells.addAll(deployments.keySet());
        List<Row> rows = new ArrayList<>();
        for (String cell : cells) {
            String licence = cell.substring(0, cell.indexOf('|'));
            String month = cell.substring(cell.indexOf('|') + 1);
            List<ComplaintFact> inCell = facts.stream()
                    .filter(f -> f.licence().equals(licence) && f.month().equals(month)).toList();
            Deployments sent = deployments.get(cell);
            TreeSet<String> sexes = new TreeSet<>(List.of("F", "M"));
            inCell.forEach(f -> sexes.add(f.sex()));
            boolean repeat = SanctionFigures.repeatOffender(sanctions, licence, month);
            rows.add(row(licence, month, ALL, inCell, sent == null ? null : sent.workers(), repeat, sanctioned));
            for (String sex : sexes) {
                rows.add(row(licence, month, sex, inCell.stream().filter(f -> f.sex().equals(sex)).toList(),
                        denominator(sent, sex), repeat, sanctioned));
            }
        }
        return rows;
    }

    private static Integer denominator(Deployments sent, String sex) {
        if (sent == null) {
            return null;
        }
        return sex.equals("F") ? Integer.valueOf(sent.women())
                : sex.equals("M") ? Integer.valueOf(sent.workers() - sent.women()) : null;
    }

    private static Row row(String licence, String month, String sex, List<ComplaintFact> facts, Integer deployed,
                           boolean repeatOffender, Map<String, Instant> sanctioned) {
        List<ComplaintFact> resolved = facts.stream().filter(f -> f.resolvedAt() != null).toList();
        Double perThousand = deployed == null || deployed == 0 ? null : facts.size() * 1000.0 / deployed;
        List<Double> toResolution = resolved.stream().map(f -> days(f.receivedAt(), f.resolvedAt())).toList();
        List<Double> toSanction = facts.stream().filter(f -> sanctioned.containsKey(f.complaintId()))
                .map(f -> days(f.receivedAt(), sanctioned.get(f.complaintId()))).toList();
        return new Row(licence, month, sex, facts.size(), deployed, perThousand, resolved.size(), median(toResolution),
                sum(facts, ComplaintFact::claimedBdt), sum(facts, ComplaintFact::awardedBdt),
                facts.stream().mapToLong(ComplaintFact::paidBdt).sum(), costRatios(facts),
                Percentiles.percentile(toResolution, 0.9), repeatOffender, median(toSanction));
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 86_400.0;
    }

    private static List<CostRatio> costRatios(List<ComplaintFact> facts) {
        Predicate<ComplaintFact> both = f -> f.costPaidBdt() != null && f.monthlyWageBdt() != null && f.monthlyWageBdt() > 0;
        Map<String, List<Double>> byCountry = facts.stream().filter(both).collect(Collectors.groupingBy(
                ComplaintFact::country, TreeMap::new,
                Collectors.mapping(f -> (double) f.costPaidBdt() / f.monthlyWageBdt(), Collectors.toList())));
        List<CostRatio> ratios = new ArrayList<>();
        byCountry.forEach((country, values) -> ratios.add(new CostRatio(country, values.size(), median(values))));
        return ratios;
    }

    private static long sum(List<ComplaintFact> facts, Function<ComplaintFact, Long> amount) {
        return facts.stream().map(amount).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }
}
