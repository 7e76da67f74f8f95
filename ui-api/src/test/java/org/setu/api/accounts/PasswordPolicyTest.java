package org.setu.api.accounts;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTest {

    private static ErrorCode refusal(String username, String password) {
        InvalidInputException e = catchThrowableOfType(() -> PasswordPolicy.check(username, password),
                InvalidInputException.class);
        assertThat(e).as("refused: " + password).isNotNull();
        assertThat(e.field()).isEqualTo("password");
        return e.code();
    }

    @Test
    void a_password_has_at_least_twelve_characters_counted_as_typed() {
        assertThat(refusal("sabina", "short-pass1")).isEqualTo(ErrorCode.PASSWORD_TOO_SHORT);
        assertThat(refusal("sabina", null)).isEqualTo(ErrorCode.PASSWORD_TOO_SHORT);
        assertThatCode(() -> PasswordPolicy.check("sabina", "twelve chars")).doesNotThrowAnyException();
        // Nine characters of Bangla, though 25 bytes in UTF-8: too short.
        assertThat(refusal("sabina", "আমার সোনা")).isEqualTo(ErrorCode.PASSWORD_TOO_SHORT);
        assertThatCode(() -> PasswordPolicy.check("sabina", "আমার সোনার বাংলা")).doesNotThrowAnyException();
    }

    @Test
    void a_password_must_not_contain_the_username_in_any_case() {
        assertThat(refusal("sabina", "Sabina-2026-ok")).isEqualTo(ErrorCode.PASSWORD_IS_USERNAME);
        assertThat(refusal("sabina.yasmin", "sabina.yasmin")).isEqualTo(ErrorCode.PASSWORD_IS_USERNAME);
    }

    @Test
    void a_commonly_used_password_is_refused_whatever_its_case() {
        assertThat(refusal("sabina", "Password1234")).isEqualTo(ErrorCode.PASSWORD_TOO_COMMON);
        assertThat(refusal("sabina", "BANGLADESH@123")).isEqualTo(ErrorCode.PASSWORD_TOO_COMMON);
        assertThatCode(() -> PasswordPolicy.check("sabina", "monsoon river tea garden")).doesNotThrowAnyException();
    }
}
