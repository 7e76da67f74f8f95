package org.setu.api.console;

import org.junit.jupiter.api.Test;
import org.setu.api.console.BarCharts.Bar;
import org.setu.api.console.BarCharts.Chart;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout both dashboards draw: sums per label in order, one scale for both bars, a visible minimum, the height. */
class BarChartsTest {

    private record Row(String key, long first, long second) {
    }

    @Test
    void both_figures_are_summed_per_key_in_the_keys_order() {
        Map<String, long[]> sums = BarCharts.sums(List.of(new Row("b", 1, 0), new Row("a", 2, 1), new Row("b", 3, 2)),
                Row::key, Row::first, Row::second);
        assertThat(sums.keySet()).containsExactly("a", "b");
        assertThat(sums.get("b")).containsExactly(4, 2);
    }

    @Test
    void the_longest_bar_fills_the_room_left_by_the_label_and_the_figure_and_both_bars_share_its_scale() {
        Chart chart = BarCharts.layout("month", false, Map.of("x", new long[]{10, 5}), Function.identity(), 60);
        Bar bar = chart.bars().get(0);
        assertThat(bar.firstWidth()).isEqualTo(640 - 220 - 60);
        assertThat(bar.secondWidth()).isEqualTo((640 - 220 - 60) / 2);
        assertThat(chart.max()).isEqualTo(10);
    }

    @Test
    void a_second_figure_larger_than_the_first_sets_the_scale() {
        Chart chart = BarCharts.layout("money", true, Map.of("x", new long[]{5, 10}), Function.identity(), 110);
        assertThat(chart.bars().get(0).secondWidth()).isEqualTo(640 - 220 - 110);
        assertThat(chart.max()).isEqualTo(10);
    }

    @Test
    void a_tiny_figure_still_shows_and_zero_draws_nothing() {
        Chart chart = BarCharts.layout("agency", false, new TreeMap<>(Map.of("x", new long[]{10_000, 1}, "y", new long[]{0, 0})),
                Function.identity(), 60);
        assertThat(chart.bars().get(0).secondWidth()).isEqualTo(2);
        assertThat(chart.bars().get(1).firstWidth()).isZero();
    }

    @Test
    void rows_are_named_by_the_label_function_and_stacked_a_row_apart() {
        Chart chart = BarCharts.layout("month", false, new TreeMap<>(Map.of("2026-01", new long[]{1, 0},
                "2026-02", new long[]{1, 0})), k -> "month " + k, 60);
        assertThat(chart.bars()).extracting(Bar::label).containsExactly("month 2026-01", "month 2026-02");
        assertThat(chart.bars()).extracting(Bar::y).containsExactly(0, 30);
        assertThat(chart.height()).isEqualTo(60);
    }

    @Test
    void an_empty_chart_is_one_row_high() {
        assertThat(BarCharts.layout("district", false, Map.of(), Function.identity(), 60).height()).isEqualTo(30);
    }
}
