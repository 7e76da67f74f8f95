package org.setu.query.indicators;

import org.junit.jupiter.api.Test;
import org.setu.kernel.query.IndicatorRow;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.MigrationStage;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.SlaDeadline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The aggregation as a plain function: counts, acceptance rate, nearest-rank median and p90, breaches. */
class IndicatorsTest {

    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    private static ReferralFact fact(String id, String agency, long decideHours, Long endHours, ReferralStatus status,
                                     SlaDeadline... breaches) {
        return new ReferralFact(id, "2026-03", CaseCategory.TRAFFICKING, MigrationStage.RETURN, "Dhaka", agency, T,
                decideHours < 0 ? null : T.plus(Duration.ofHours(decideHours)),
                endHours == null ? null : T.plus(Duration.ofHours(endHours)), status, Set.of(breaches));
    }

    @Test
    void a_cell_counts_each_outcome_and_its_timings() {
        List<IndicatorRow> rows = Indicators.aggregate(List.of(
                fact("r1", "iom-bd", 10, 100L, ReferralStatus.COMPLETED),
                fact("r2", "iom-bd", 20, 300L, ReferralStatus.COMPLETED),
                fact("r3", "iom-bd", 30, 30L, ReferralStatus.DECLINED),
                fact("r4", "iom-bd", 80, 90L, ReferralStatus.FAILED, SlaDeadline.DECISION),
                fact("r5", "iom-bd", -1, 5L, ReferralStatus.WITHDRAWN, SlaDeadline.DECISION),
                fact("r6", "ngo-a", -1, null, ReferralStatus.REQUESTED)));
        assertThat(rows).hasSize(2);
        IndicatorRow iom = rows.get(0);
        assertThat(iom.agency()).isEqualTo("iom-bd");
        assertThat(iom.gcmObjective()).isEqualTo(10);
        assertThat(List.of(iom.requested(), iom.accepted(), iom.declined(), iom.completed(), iom.failed(), iom.withdrawn()))
                .containsExactly(5L, 3L, 1L, 2L, 1L, 1L);
        assertThat(iom.acceptanceRate()).isEqualTo(0.75);
        assertThat(iom.decisionMedianHours()).isEqualTo(20.0);
        assertThat(iom.decisionP90Hours()).isEqualTo(80.0);
        assertThat(iom.completionMedianHours()).isEqualTo(100.0);
        assertThat(iom.completionP90Hours()).isEqualTo(300.0);
        assertThat(iom.slaBreaches()).isEqualTo(2);
        IndicatorRow ngo = rows.get(1);
        assertThat(ngo.requested()).isEqualTo(1);
        assertThat(ngo.acceptanceRate()).isNull();
        assertThat(ngo.decisionMedianHours()).isNull();
    }
}
