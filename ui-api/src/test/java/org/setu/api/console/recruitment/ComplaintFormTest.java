package org.setu.api.console.recruitment;

import org.junit.jupiter.api.Test;
import org.setu.api.recruitment.ComplaintActionsController;
import org.setu.kernel.recruitment.ComplaintProgress;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint page's forms: every step of the lifecycle has one, and each posts to a route the API has. */
class ComplaintFormTest {

    private static List<String> paths() {
        return Arrays.stream(ComplaintForm.values()).map(ComplaintForm::path).toList();
    }

    @Test
    void the_lifecycle_steps_come_first_in_their_order_then_sharing_erasure_and_linking() {
        assertThat(paths().subList(0, ComplaintProgress.STEPS.size())).isEqualTo(ComplaintProgress.STEPS);
        assertThat(paths().subList(ComplaintProgress.STEPS.size(), paths().size()))
                .containsExactly("share", "erase-complainant", "link-case");
    }

    @Test
    void the_api_has_a_route_for_every_form_and_the_page_no_form_the_api_lacks() {
        var routes = Arrays.stream(ComplaintActionsController.class.getDeclaredMethods())
                .map(m -> m.getAnnotation(PostMapping.class)).filter(Objects::nonNull)
                .flatMap(p -> Arrays.stream(p.value())).map(r -> r.substring(1)).toList();
        assertThat(routes).containsExactlyInAnyOrderElementsOf(paths());
    }

    @Test
    void a_path_names_its_form_and_nothing_else_names_one() {
        assertThat(ComplaintForm.ofPath("refer-to-court")).contains(ComplaintForm.REFER_TO_COURT);
        assertThat(ComplaintForm.ofPath("REGISTER")).isEmpty();
        assertThat(ComplaintForm.ofPath("delete")).isEmpty();
    }
}
