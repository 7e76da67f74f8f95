package org.setu.kernel.common;

import org.junit.jupiter.api.Test;
import org.setu.kernel.referral.SubjectData;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Identifiers are normalised, names are clean, and a value object reports every refused field at once. */
class ChecksTest {

    @Test
    void an_identifier_is_compared_in_nfc_with_ascii_digits_whatever_script_it_was_typed_in() {
        assertThat(Checks.normalisedIdentifier("+\u09EE\u09EE\u09E6\u09E7\u09ED")).isEqualTo("+88017");
        assertThat(Checks.normalisedIdentifier("\u0660\u0661\u0669")).isEqualTo("019"); // Arabic-Indic
        assertThat(Checks.normalisedIdentifier("BE\u0301" + "12")).isEqualTo("B\u00C912");
        assertThat(Checks.optionalIdentifierText("  ", "phone", 32)).isNull();
    }

    @Test
    void a_name_refuses_bidi_controls_and_line_breaks() {
        for (String bad : new String[]{"Ab\u202Ec", "Ab\u2067c", "A\nB", "A\tB"}) {
            assertThatThrownBy(() -> Checks.name(bad, "name", 200)).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("name");
        }
        assertThat(Checks.name(" \u09B0\u09B9\u09BF\u09AE\u09BE ", "name", 200)).isEqualTo("\u09B0\u09B9\u09BF\u09AE\u09BE");
    }

    @Test
    void a_date_after_the_latest_is_refused() {
        LocalDate today = LocalDate.of(2025, 3, 1);
        assertThat(Checks.notAfter(today, today, "dateOfBirth")).isEqualTo(today);
        assertThatThrownBy(() -> Checks.notAfter(today.plusDays(1), today, "dateOfBirth"))
                .hasMessageContaining("must not be in the future");
    }

    @Test
    void subject_data_reports_every_refused_field_and_stores_normalised_numbers() {
        assertThatThrownBy(() -> new SubjectData(" ", null, "x".repeat(17), "1".repeat(33), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("subject.fullName", "subject.sex", "subject.phone"));
        SubjectData data = new SubjectData("Karim", null, null, "\u09E6\u09E7\u09ED", "\u09E7A");
        assertThat(data.phone()).isEqualTo("017");
        assertThat(data.passportNumber()).isEqualTo("1A");
    }

    @Test
    void errors_of_one_field_are_kept_once_and_different_codes_make_invalid_input() {
        FieldErrors errors = new FieldErrors();
        errors.add(new FieldError("category", ErrorCode.INVALID_INPUT, "category must be one of [...]"));
        errors.check(null, v -> Checks.required(v, "category"));
        errors.check("", v -> Checks.text(v, "district", 10));
        assertThat(errors.all()).extracting(FieldError::field).containsExactly("category", "district");
        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
}
