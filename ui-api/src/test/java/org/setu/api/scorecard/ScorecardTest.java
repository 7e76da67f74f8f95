package org.setu.api.scorecard;

import org.junit.jupiter.api.Test;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.recruitment.RecruitingAgencyView.SanctionView;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.Row;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a public scorecard shows, worked out by hand: small counts hidden, overturned sanctions gone, no reasons. */
class ScorecardTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final YearMonth[] WINDOW = Scorecard.window(YearMonth.of(2026, 12));
    private static final ComplaintId CITED = new ComplaintId("K0000-0001");

    private static Row all(String month, long complaints, Integer deployed, long resolved) {
        return new Row("RL-0123", month, "ALL", complaints, deployed, null, resolved, null, 0, 0, 0, List.of(), null,
                false, null);
    }

    private static Row women(String month, long complaints) {
        return new Row("RL-0123", month, "F", complaints, 10, null, 0, null, 0, 0, 0, List.of(), null, false, null);
    }

    private static SanctionView sanction(String id, SanctionKind kind, Instant at, Integer days, String appeal) {
        return new SanctionView(new SanctionId(id), kind, "charged Rahima Begum five times the ceiling",
                kind == SanctionKind.FINE ? 50_000L : null, days, Set.of(CITED), at, appeal, null);
    }

    private static RecruitingAgencyView agency(List<SanctionView> sanctions) {
        return new RecruitingAgencyView(new Licence("RL-0123"), "Green Line", "Dhaka", sanctions, Map.of(), 9, List.of(), 1);
    }

    @Test
    void the_window_is_this_month_and_the_eleven_before() {
        assertThat(WINDOW[0]).isEqualTo(YearMonth.of(2026, 1));
        assertThat(WINDOW[1]).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void complaints_are_summed_over_the_window_from_the_rows_of_all_complainants_with_their_rate_and_share() {
        var card = Scorecard.of(agency(List.of()), List.of(all("2026-03", 4, 1_000, 1), women("2026-03", 4),
                all("2026-07", 2, 200, 2), all("2026-09", 0, null, 0)), WINDOW, NOW);
        assertThat(card.complaints().received()).isEqualTo(6);
        assertThat(card.complaints().fewerThanFive()).isFalse();
        assertThat(card.complaints().deployed()).isEqualTo(1_200);
        assertThat(card.complaints().perThousandDeployed()).isEqualTo(5.0);
        assertThat(card.complaints().resolvedShare()).isEqualTo(0.5);
        assertThat(card.complaints().fromMonth()).isEqualTo("2026-01");
    }

    @Test
    void one_to_four_complaints_are_not_shown_nor_anything_computed_from_them() {
        var card = Scorecard.of(agency(List.of()), List.of(all("2026-03", 4, 1_000, 4)), WINDOW, NOW);
        assertThat(card.complaints().received()).isNull();
        assertThat(card.complaints().fewerThanFive()).isTrue();
        assertThat(card.complaints().perThousandDeployed()).isNull();
        assertThat(card.complaints().resolvedShare()).isNull();
        assertThat(card.complaints().deployed()).as("deployments are the authority's figures, not the complainants'")
                .isEqualTo(1_000);
        var five = Scorecard.of(agency(List.of()), List.of(all("2026-03", 5, 1_000, 0)), WINDOW, NOW);
        assertThat(five.complaints().received()).isEqualTo(5);
        assertThat(five.complaints().perThousandDeployed()).isEqualTo(5.0);
    }

    @Test
    void none_is_shown_as_none_and_without_deployments_there_is_no_rate() {
        var card = Scorecard.of(agency(List.of()), List.of(), WINDOW, NOW);
        assertThat(card.complaints().received()).isZero();
        assertThat(card.complaints().fewerThanFive()).isFalse();
        assertThat(card.complaints().deployed()).isNull();
        assertThat(card.complaints().perThousandDeployed()).isNull();
        assertThat(card.complaints().resolvedShare()).isNull();
    }

    @Test
    void sanctions_overturned_on_appeal_are_left_out_the_rest_newest_first_without_reasons_or_complaints() {
        Instant old = NOW.minus(Duration.ofDays(400));
        Instant recent = NOW.minus(Duration.ofDays(10));
        var card = Scorecard.of(agency(List.of(
                sanction("S0001", SanctionKind.FINE, old, null, "UPHELD"),
                sanction("S0002", SanctionKind.SUSPENSION, recent, 90, "LODGED"),
                sanction("S0003", SanctionKind.CANCELLATION, recent, null, "OVERTURNED"))), List.of(), WINDOW, NOW);
        assertThat(card.status()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(card.sanctions()).extracting(Scorecard.Sanction::kind)
                .containsExactly(SanctionKind.SUSPENSION, SanctionKind.FINE);
        assertThat(card.sanctions().get(0).inForce()).isTrue();
        assertThat(card.sanctions().get(0).appeal()).isEqualTo("LODGED");
        assertThat(card.sanctions().get(1).amountBdt()).isEqualTo(50_000L);
        assertThat(card.toString()).doesNotContain("Rahima", "ceiling", CITED.value());
    }

    @Test
    void a_suspension_that_ran_out_is_shown_but_not_in_force() {
        var card = Scorecard.of(agency(List.of(sanction("S0001", SanctionKind.SUSPENSION,
                NOW.minus(Duration.ofDays(100)), 90, null))), List.of(), WINDOW, NOW);
        assertThat(card.status()).isEqualTo(LicenceStatus.LICENSED);
        assertThat(card.sanctions()).singleElement().satisfies(s -> assertThat(s.inForce()).isFalse());
    }
}
