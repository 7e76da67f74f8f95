package org.setu.api.common;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.InvalidInputException;

import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The months both indicator reports span: the default window, the order of its ends, and a field error per end. */
class MonthsTest {

    @Test
    void no_months_given_means_the_twelve_ending_with_the_current_one() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        assertThat(Months.window(null, null)).isEqualTo(new Months.Window(now.minusMonths(11), now));
    }

    @Test
    void the_months_given_are_taken_as_they_are() {
        assertThat(Months.window("2026-01", "2026-03"))
                .isEqualTo(new Months.Window(YearMonth.of(2026, 1), YearMonth.of(2026, 3)));
    }

    @Test
    void a_window_whose_start_is_after_its_end_is_refused_on_from() {
        assertThatThrownBy(() -> Months.window("2026-04", "2026-03"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void a_month_that_is_not_one_is_refused_on_its_own_field() {
        assertThatThrownBy(() -> Months.window("2026-01", "March"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
