package org.setu.api.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.referral.ReferralStep;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Arrays;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API has a route for every step of the referral lifecycle's table, named as the table names it: the console
 * posts {@code ReferralStep.path()} to it, so a step the table gains cannot go without a route.
 */
class ReferralStepRoutesTest {

    @Test
    void every_referral_step_is_a_post_to_its_path() {
        var routes = Arrays.stream(ReferralActionsController.class.getDeclaredMethods())
                .map(m -> m.getAnnotation(PostMapping.class)).filter(Objects::nonNull)
                .flatMap(p -> Arrays.stream(p.value())).toList();
        assertThat(routes).containsAll(Arrays.stream(ReferralStep.values())
                .map(step -> "/{referralId}/" + step.path()).toList());
    }
}
