package org.setu.query.recruitment;

import org.junit.jupiter.api.Test;
import org.setu.kernel.recruitment.RecruitingAgencyView.Deployments;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.CostRatio;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.Row;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The indicators against figures worked out by hand for a small dataset: RL-0123 in March 2026 sent 200 workers, 50
 * of them women, and drew four complaints (three women, one man); RL-0456 drew one and recorded no deployments.
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

    private static Row row(List<Row> rows, String licence, String sex) {
        return rows.stream().filter(r -> r.licence().equals(licence) && r.sex().equals(sex)).findFirst().orElseThrow();
    }

    @Test
    void all_complainants_of_an_agency_and_month() {
        Row all = row(RecruitmentIndicators.aggregate(FACTS, DEPLOYMENTS), "RL-0123", "ALL");
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
    }

    @Test
    void split_by_sex_with_women_and_men_deployed_as_denominators() {
        List<Row> rows = RecruitmentIndicators.aggregate(FACTS, DEPLOYMENTS);
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
        List<Row> rows = RecruitmentIndicators.aggregate(FACTS, DEPLOYMENTS);
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
