package org.setu.api.console.recruitment;

import org.junit.jupiter.api.Test;
import org.setu.api.console.ConsoleForms;
import org.setu.api.console.ConsoleFormats;
import org.setu.kernel.common.InvalidInputException;
import org.springframework.util.LinkedMultiValueMap;

import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Taka on recruitment pages: shown with the taka sign and lakh/crore grouping, typed in either script. */
class RecruitmentFormatsTest {

    private final ConsoleFormats bn = new ConsoleFormats(Locale.forLanguageTag("bn"), ZoneId.of("Asia/Dhaka"));
    private final ConsoleFormats en = new ConsoleFormats(Locale.ENGLISH, ZoneId.of("Asia/Dhaka"));

    @Test
    void taka_are_shown_with_the_taka_sign_and_lakh_crore_grouping_in_both_languages() {
        assertThat(bn.taka(45_000_000L)).isEqualTo("৪,৫০,০০,০০০৳");
        assertThat(en.taka(450_000L)).isEqualTo("৳4,50,000");
        assertThat(en.taka(null)).isEmpty();
    }

    @Test
    void months_and_rates_are_in_the_page_language() {
        assertThat(bn.month("2026-03")).contains("২০২৬").doesNotContain("2026");
        assertThat(en.month("2026-03")).isEqualTo("Mar 2026");
        assertThat(bn.decimal(2.5)).isEqualTo("২.৫");
    }

    @Test
    void typed_taka_may_have_bengali_digits_grouping_and_the_sign_but_nothing_else() {
        assertThat(typed("৪,৫০,০০০")).isEqualTo(450_000L);
        assertThat(typed("৳ 1,50,000")).isEqualTo(150_000L);
        assertThat(typed("")).isNull();
        assertThatThrownBy(() -> typed("1.5 lakh")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amountBdt");
    }

    private static Long typed(String value) {
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add("amountBdt", value);
        return ComplaintForms.taka(new ConsoleForms.Action(fields), "amountBdt");
    }
}
