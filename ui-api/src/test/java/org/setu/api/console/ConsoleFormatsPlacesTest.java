package org.setu.api.console;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored districts and countries are shown in the language of the page; a district the list lacks is flagged. */
class ConsoleFormatsPlacesTest {

    private final ConsoleFormats bangla = new ConsoleFormats(Locale.forLanguageTag("bn"), ZoneId.of("Asia/Dhaka"));
    private final ConsoleFormats english = new ConsoleFormats(Locale.ENGLISH, ZoneId.of("Asia/Dhaka"));

    @Test
    void a_stored_district_and_country_read_in_bangla_on_a_bangla_page() {
        assertThat(bangla.district("Jashore")).isEqualTo("যশোর");
        assertThat(english.district("Jashore")).isEqualTo("Jashore");
        assertThat(bangla.country("SA")).isNotEqualTo("SA").isNotEqualTo("Saudi Arabia");
        assertThat(english.country("SA")).isEqualTo("Saudi Arabia");
    }

    @Test
    void a_district_typed_before_the_lists_is_shown_as_stored_and_flagged() {
        assertThat(bangla.district("Dhakka")).isEqualTo("Dhakka");
        assertThat(bangla.unmapped("Dhakka")).isTrue();
        assertThat(bangla.unmapped("ঢাকা")).isFalse();
        assertThat(bangla.unmapped(null)).isFalse();
    }
}
