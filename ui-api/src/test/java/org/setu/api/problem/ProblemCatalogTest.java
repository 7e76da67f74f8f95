package org.setu.api.problem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.api.security.TokenRefusal;
import org.setu.kernel.common.ErrorCode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog explains every code the API can answer with, and the type base is configurable but absolute. */
class ProblemCatalogTest {

    /** Codes the API writes itself (filters, security, Spring's own failures), beside the kernel's ErrorCode. */
    private static final List<String> API_CODES = List.of("unauthorized", "invalid-credentials", "too-many-login-attempts", "unsupported-grant-type",
            "forbidden", "not-found", "method-not-allowed", "not-acceptable", "precondition-failed",
            "concurrent-modification", "payload-too-large", "uri-too-long", "unsupported-media-type", "rate-limited",
            "header-fields-too-large", "malformed-path", "internal-error");

    @Test
    void every_token_refusal_has_an_explanation_as_a_401() {
        for (TokenRefusal refusal : TokenRefusal.values()) {
            assertThat(ProblemCatalog.get().find(refusal.code())).as(refusal.code())
                    .hasValueSatisfying(t -> assertThat(t.status()).isEqualTo(401));
        }
    }

    @AfterEach
    void defaultBase() {
        Problems.useBase(null);
    }

    @Test
    void every_error_code_and_every_api_code_has_an_explanation() {
        for (ErrorCode code : ErrorCode.values()) {
            var type = ProblemCatalog.get().find(code.code());
            assertThat(type).as(code.code()).isPresent();
            assertThat(type.get().status()).isEqualTo(ProblemMapping.status(code).value());
        }
        for (String code : API_CODES) {
            assertThat(ProblemCatalog.get().find(code)).as(code).hasValueSatisfying(t -> {
                assertThat(t.meaning()).isNotBlank();
                assertThat(t.remedy()).isNotBlank();
            });
        }
    }

    @Test
    void the_type_base_is_configurable_and_must_be_absolute() {
        assertThat(Problems.type("case-closed").toString()).isEqualTo("https://setu.example/problems/case-closed");
        Problems.useBase("https://setu.gov.bd/problems");
        assertThat(Problems.type("case-closed").toString()).isEqualTo("https://setu.gov.bd/problems/case-closed");
        assertThatThrownBy(() -> Problems.useBase("/problems/")).isInstanceOf(IllegalArgumentException.class);
    }
}
