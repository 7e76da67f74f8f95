package org.setu.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stable problem type can be said in Bangla: a title of its own and the console's sentence as its detail. */
class ProblemLanguageCatalogTest {

    @Test
    void every_catalogued_type_has_a_bangla_title_and_a_bangla_sentence() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ProblemLanguage language = new ProblemLanguage(messages, new ObjectMapper());
        List<String> missing = new ArrayList<>();
        for (ProblemCatalog.Type type : ProblemCatalog.get().all()) {
            String title = ProblemLanguage.title(type.code());
            String sentence = language.sentence(type.code());
            if (title == null || !title.matches(".*\\p{IsBengali}.*")) {
                missing.add(type.code() + " (title)");
            }
            if (sentence == null || !sentence.matches(".*\\p{IsBengali}.*")) {
                missing.add(type.code() + " (sentence)");
            }
        }
        assertThat(missing).isEmpty();
    }
}
