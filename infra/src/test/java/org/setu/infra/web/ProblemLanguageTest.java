package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's problems follow {@code Accept-Language} (the contract): in Bangla the title and the detail are Bangla, the
 * English detail is kept beside them, the type and the field errors do not change; English stays as it was. Problems
 * from a controller's refusal, from input binding, from the security filter and from a path nothing serves.
 */
class ProblemLanguageTest extends ApiTestBase {

    private static final String TYPES = "https://setu.example/problems/";

    @Test
    void an_unknown_case_is_named_in_bangla_for_a_bangla_reader_and_in_english_otherwise() {
        web.get().uri("/api/v1/cases/C-does-not-exist").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "bn-BD,bn;q=0.9,en;q=0.5").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "bn")
                .expectHeader().value(HttpHeaders.VARY, vary -> assertThat(vary).contains(HttpHeaders.ACCEPT_LANGUAGE))
                .expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "case-not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("কেস পাওয়া যায়নি")
                .jsonPath("$.detail").value(d -> assertThat((String) d).matches(".*\\p{IsBengali}.*"))
                .jsonPath("$.englishDetail").value(d -> assertThat((String) d).matches("[\\p{ASCII}]+"));
        web.get().uri("/api/v1/cases/C-does-not-exist").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,bn;q=0.9").exchange()
                .expectStatus().isNotFound()
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_LANGUAGE)
                .expectBody()
                .jsonPath("$.title").value(t -> assertThat((String) t).matches("[\\p{ASCII}]+"))
                .jsonPath("$.englishDetail").doesNotExist();
    }

    @Test
    void an_input_problem_in_bangla_keeps_its_type_and_the_field_it_names() {
        web.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "bn").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("category", "OTHER", "migrationStage", "RETURN", "district", "Dhaka")).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "invalid-input")
                .jsonPath("$.title").isEqualTo("অগ্রহণযোগ্য তথ্য")
                .jsonPath("$.errors[0].field").isEqualTo("subject");
    }

    @Test
    void the_security_filters_refusal_and_an_unserved_path_speak_bangla_too() {
        web.get().uri("/api/v1/cases").header(HttpHeaders.ACCEPT_LANGUAGE, "bn").exchange()
                .expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "unauthorized")
                .jsonPath("$.title").isEqualTo("পরিচয় যাচাই প্রয়োজন");
        web.get().uri("/api/v1/no-such-thing").header(HttpHeaders.AUTHORIZATION, bearer("moe-cw"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "bn").exchange()
                .expectStatus().isNotFound().expectBody()
                .jsonPath("$.type").isEqualTo(TYPES + "not-found")
                .jsonPath("$.title").isEqualTo("পাওয়া যায়নি");
    }
}
