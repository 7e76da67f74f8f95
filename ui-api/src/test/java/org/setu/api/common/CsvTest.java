package org.setu.api.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one CSV writer: quoting, spreadsheet formulas made inert, figures, and the table's line endings. */
class CsvTest {

    @Test
    void text_is_quoted_and_a_leading_formula_character_made_inert() {
        assertThat(Csv.text("Dhaka")).isEqualTo("\"Dhaka\"");
        assertThat(Csv.text("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(Csv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.text("+1")).startsWith("\"'+");
        assertThat(Csv.text("-1")).startsWith("\"'-");
        assertThat(Csv.text("@SUM")).startsWith("\"'@");
        assertThat(Csv.text(null)).isEqualTo("\"\"");
    }

    @Test
    void figures_have_three_decimals_whatever_the_locale_and_none_is_empty() {
        assertThat(Csv.number(12.5)).isEqualTo("12.500");
        assertThat(Csv.number(null)).isEmpty();
    }

    @Test
    void a_table_is_its_header_then_a_line_per_row_each_ended() {
        assertThat(Csv.table("a,b", List.of(1, 2), n -> n + "," + n * 2)).isEqualTo("a,b\n1,2\n2,4\n");
        assertThat(Csv.table("a,b", List.<Integer>of(), n -> "")).isEqualTo("a,b\n");
    }
}
