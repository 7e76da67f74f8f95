package org.setu.api.console;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleFormatsTest {

    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    private final ConsoleFormats bn = new ConsoleFormats(Locale.forLanguageTag("bn"), DHAKA);
    private final ConsoleFormats en = new ConsoleFormats(Locale.ENGLISH, DHAKA);

    @Test
    void bangla_numbers_have_bengali_digits_and_lakh_crore_grouping() {
        assertThat(bn.number(12_345_678)).isEqualTo("১,২৩,৪৫,৬৭৮");
        assertThat(en.number(12_345_678)).isEqualTo("12,345,678");
    }

    @Test
    void dates_use_bangla_month_names_and_the_deployment_zone_on_a_24_hour_clock() {
        Instant at = Instant.parse("2026-12-03T18:30:00Z");
        assertThat(bn.dateTime(at)).isEqualTo("৪ ডিসে, ২০২৬, ০০:৩০");
        assertThat(en.dateTime(at)).isEqualTo("4 Dec 2026, 00:30");
        assertThat(bn.date("1990-01-31")).isEqualTo("৩১ জানু, ১৯৯০");
        assertThat(en.date("not a date")).isEqualTo("not a date");
    }

    @Test
    void durations_show_the_two_largest_units() {
        Instant now = Instant.parse("2026-12-03T00:00:00Z");
        assertThat(bn.duration(now.plusSeconds(2 * 86400 + 3 * 3600 + 59), now)).isEqualTo("২ দিন, ৩ ঘণ্টা");
        assertThat(en.duration(now.plusSeconds(5 * 3600 + 20 * 60), now)).isEqualTo("5 hours, 20 minutes");
        assertThat(en.duration(now.minusSeconds(3600), now)).as("overdue: the time since").isEqualTo("1 hour");
        assertThat(en.duration(now.plusSeconds(10), now)).isEqualTo("1 minute");
    }
}
