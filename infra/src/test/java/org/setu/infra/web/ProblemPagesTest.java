package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.setu.api.problem.ProblemCatalog;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each problem type is a page Setu serves without a token, listed in the index and in docs/api.md. */
class ProblemPagesTest extends ApiTestBase {

    @Test
    void every_listed_type_has_a_public_page_that_explains_it() {
        for (ProblemCatalog.Type type : ProblemCatalog.get().all()) {
            String page = web.get().uri("/problems/" + type.code()).exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).contains("<h1>" + type.title().replace("&", "&amp;") + "</h1>", "What it means", "What to do",
                    "https://setu.example/problems/" + type.code(), "HTTP status " + type.status());
        }
    }

    @Test
    void the_index_links_every_type_and_an_unknown_code_is_a_404_problem() {
        String index = web.get().uri("/problems").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        for (ProblemCatalog.Type type : ProblemCatalog.get().all()) {
            assertThat(index).contains("href=\"problems/" + type.code() + "\"");
        }
        web.get().uri("/problems/no-such-problem").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://setu.example/problems/not-found");
    }

    @Test
    void docs_api_lists_every_type_with_its_status() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "api.md"));
        for (ProblemCatalog.Type type : ProblemCatalog.get().all()) {
            assertThat(docs).as("docs/api.md row for " + type.code())
                    .contains("| `" + type.code() + "` | " + type.status() + " |");
        }
    }
}
