package org.setu.query.recruitment;

import org.junit.jupiter.api.Test;
import org.setu.kernel.recruitment.RecruitingAgencyView.Deployments;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.CostRatio;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.Row;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The indicators against figures worked out by hand for a small dataset: RL-0123 in March 2026 sent 200 workers, 50
 * of them women, and drew four complaints (three women, one man); RL-0456 drew one and recorded no deployments.
 * Percentiles interpolate linearly between closest ranks (type 7, Excel's PERCENTILE.INC): p90 of n sorted values is
 * at rank 0.9 × (n − 1), counted from 0.
 */
class RecruitmentIndicatorsTest {

    private static final Instant MARCH_1 = Instant.parse("2026-03-01T00:00:00Z");

    private static ComplaintFact fact(String id, String licence, String sex, String country, Long cost, Long wage,
                                      Long claimed, Long award, long paid, Integer resolvedAfterDays) {
        return new ComplaintFact(id, licence, "2026-03", sex, country, cost, wage, claimed, award, paid, MARCH_1,
                resolvedAfterDays == null ? null : MARCH_1.plusSeconds(resolvedAfterDays * 86_400L), 1);
    }

    /*
     * K1 F SA cost 450,000 wage 30,000 → 15.0; claimed 200,000, award 150,000, paid 100,000, closed after 120 days
     * K2 F SA cost 360,000 wage 40,000 →  9.0; claimed 100,000, no award, open
     * K3 F AE cost 300,000 wage 25,000 → 12.0; claimed  50,000, award 50,000, paid 50,000, closed after 60 days
     * K4 M SA cost 500,000 wage 50,000 → 10.0; claimed 300,000, award 0, closed after 30 days
     * K5 (RL-0456) F QA cost 400,000, no wage given → no ratio; claimed nothing
     */
    private static final List<ComplaintFact> FACTS = List.of(
            fact("K1", "RL-0123", "F", "SA", 450_000L, 30_000L, 200_000L, 150_000L, 100_000, 120),
            fact("K2", "RL-0123", "F", "SA", 360_000L, 40_000L, 100_000L, null, 0, null),
            fact("K3", "RL-0123", "F", "AE", 300_000L, 25_000L, 50_000L, 50_000L, 50_000, 60),
            fact("K4", "RL-0123", "M", "SA", 500_000L, 50_000L, 300_000L, 0L, 0, 30),
            fact("K5", "RL-0456", "F", "QA", 400_000L, null, null, null, 0, null));
    private static final Map<String, Deployments> DEPLOYMENTS = Map.of("RL-0123|2026-03", new Deployments(200, 50));

    private static SanctionFact sanction(String id, String licence, String at, boolean overturned, String... cited) {
        return new SanctionFact(id, licence, Instant.parse(at), List.of(cited), overturned, 1);
    }

    /*
     * S1 RL-0123 2025-04-01 00:00, an older complaint: the first day of the window that ends with March 2026
     * S2 RL-0123 2026-03-21, K1 and K2: 20 days after receipt
     * S3 RL-0123 2026-04-10, K1, K3 and K4: 40 days (K1 was sanctioned first by S2); after March, so not in its window
     * S4 RL-0456 2026-03-05, K5: overturned on appeal, as if never imposed
     * S5 RL-0456 2026-03-15, K5: 14 days
     */
    private static final SanctionFact S1 = sanction("S1", "RL-0123", "2025-04-01T00:00:00Z", false, "K0");
    private static final List<SanctionFact> LATER = List.of(
            sanction("S2", "RL-0123", "2026-03-21T00:00:00Z", false, "K1", "K2"),
            sanction("S3", "RL-0123", "2026-04-10T00:00:00Z", false, "K1", "K3", "K4"),
            sanction("S4", "RL-0456", "2026-03-05T00:00:00Z", true, "K5"),
            sanction("S5", "RL-0456", "2026-03-15T00:00:00Z", false, "K5"));
    private static final List<SanctionFact> SANCTIONS = with(S1);

    private static List<SanctionFact> with(SanctionFact first) {
        List<SanctionFact> all = new ArrayList<>(LATER);
        all.add(0, first);
        return all;
    }

    private static Row row(List<Row> rows, String licence, String sex) {
        return rows.stream().filter(r -> r.licence().equals(licence) && r.sex().equals(sex)).findFirst().orElseThrow();
    }

    @Test
    void all_complainants_of_an_agency_and_month() {
        Row all = row(RecruitmentIndicators.aggregate(FACTS, DEPLOYMENTS, SANCTIONS), "RL-0123", "ALL");
        assertThat(all.month()).isEqualTo("2026-03");
        assertThat(all.complaints()).isEqualTo(4);
        assertThat(all.deployed()).isEqualTo(200);
        assertThat(all.perThousandDeployed()).isEqualTo(20.0);           // 4 × 1000 / 200
        assertThat(all.resolved()).isEqualTo(3);
        assertThat(all.medianDaysToResolution()).isEqualTo(60.0);        // 30, 60, 120
        assertThat(all.claimedBdt()).isEqualTo(650_000);
        assertThat(all.awardedBdt()).isEqualTo(200_000);
        assertThat(all.paidBdt()).isEqualTo(150_000);
        assertThat(all.costRatios()).containsExactly(new CostRatio("AE", 1, 12.0),
                new CostRatio("SA", 3, 10.0));                            // SA: 9, 10, 15
        assertThat(all.p90DaysToResolution()).isCloseTo(108.0, within(1e-9)); // rank 1.8 of 30, 60, 120: 60 + 0.8 × 60
        assertThat(all.medianDaysToSanction()).isEqualTo(30.0);          // K1 20, K2 20, K3 40, K4 40
    }

    @Test
    void p90_interpolates_between_ranks_and_days_to_sanction_count_to_the_first_standing_sanction() {
        List<Row> rows = RecruitmentIndicators.aggregate(FACTS, DEPLOYMENTS, SANCTIONS);
        Row women = row(rows, "RL-0123", "F");
        assertThat(women.p90DaysToResolution()).isCloseTo(114.0, within(1e-9)); // rank 0.9 of 60, 120: 60 + 0.9 × 60
        assertThat(women.medianDaysToSanction()).isEqualTo(20.0);        // K1 20 (S2, not S3), K2 20, K3 40
        Row men = row(rows, "RL-0123", "M");
        assertThat(men.p90DaysToResolution()).isEqualTo(30.0);           // one value is every percentile
        assertThat(men.medianDaysToSanction()).isEqualTo(40.0);
        Row other = row(rows, "RL-0456", "ALL");
        assertThat(other.p90DaysToResolution()).isNull();
        assertThat(other.medianDaysToSanction()).as("S4 was overturned: S5 is the first").isEqualTo(14.0);
        assertThat(row(rows, "RL-0456", "M").medianDaysToSanction()).isNull();
    }

    @Test
    void a_repeat_offender_has_two_standing_sanctions_in_the_month_or_the_eleven_before() {
        List<Row> rows = RecruitmentIndicators.aggregate(FACTS, DEPLOYMENTS, SANCTIONS);
        assertThat(rows).filteredOn(r -> r.licence().equals("RL-0123")).hasSize(3)
                .allMatch(Row::repeatOffender);                           // S1 on the window's first day, S2
        assertThat(row(rows, "RL-0456", "ALL").repeatOffender()).as("S4 overturned, S5 alone").isFalse();
        List<Row> earlier = RecruitmentIndicators.aggregate(FACTS, DEPLOYMENTS,
                with(sanction("S1", "RL-0123", "2025-03-31T23:59:59Z", false, "K0")));
        assertThat(row(earlier, "RL-0123", "ALL").repeatOffender()).as("S1 a second before the window").isFalse();
        List<Row> overturned = RecruitmentIndicators.aggregate(FACTS, DEPLOYMENTS,
                with(sanction("S1", "RL-0123", "2025-04-01T00:00:00Z", true, "K0")));
        assertThat(row(overturned, "RL-0123", "ALL").repeatOffender()).as("S1 overturned").isFalse();
    }

    @Test
    void split_by_sex_with_women_and_men_deployed_as_denominators() {
        List<Row> rows = RecruitmentIndicators.aggregate(FACTS, DEPLOYMENTS, SANCTIONS);
        Row women = row(rows, "RL-0123", "F");
        assertThat(women.complaints()).isEqualTo(3);
        assertThat(women.deployed()).isEqualTo(50);
        assertThat(women.perThousandDeployed()).isEqualTo(60.0);         // 3 × 1000 / 50
        assertThat(women.medianDaysToResolution()).isEqualTo(90.0);      // (60 + 120) / 2
        assertThat(women.costRatios()).containsExactly(new CostRatio("AE", 1, 12.0), new CostRatio("SA", 2, 12.0)); // (9+15)/2
        Row men = row(rows, "RL-0123", "M");
        assertThat(men.deployed()).isEqualTo(150);
        assertThat(men.perThousandDeployed()).isCloseTo(6.667, within(0.001)); // 1 × 1000 / 150
        assertThat(men.costRatios()).containsExactly(new CostRatio("SA", 1, 10.0));
    }

    @Test
    void an_agency_without_deployments_has_no_rate_and_a_person_without_a_wage_no_ratio() {
        List<Row> rows = RecruitmentIndicators.aggregate(FACTS, DEPLOYMENTS, SANCTIONS);
        Row other = row(rows, "RL-0456", "ALL");
        assertThat(other.complaints()).isEqualTo(1);
        assertThat(other.deployed()).isNull();
        assertThat(other.perThousandDeployed()).isNull();
        assertThat(other.medianDaysToResolution()).isNull();
        assertThat(other.costRatios()).isEmpty();
        assertThat(rows.stream().map(r -> r.licence() + "/" + r.sex())).containsExactly(
                "RL-0123/ALL", "RL-0123/F", "RL-0123/M", "RL-0456/ALL", "RL-0456/F", "RL-0456/M");
    }
}
