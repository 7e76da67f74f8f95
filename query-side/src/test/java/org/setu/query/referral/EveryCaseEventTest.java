package org.setu.query.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.EverySubtype;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.referral.CaseEvent;
import org.setu.kernel.referral.CaseStory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case view's dispatch is exhaustive: every permitted subtype of the sealed {@link CaseEvent} has a step (none is
 * skipped), and a dispatch with a gap is refused before it could lose an event.
 */
class EveryCaseEventTest {

    private static final Instant T = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void every_permitted_case_event_type_changes_the_view_and_its_version() {
        List<CaseEvent> samples = CaseStory.oneOfEachType();
        EverySubtype.coveredBy(CaseEvent.class, samples);
        CaseView view = null;
        long seq = 0;
        for (CaseEvent event : samples) {
            CaseView before = view;
            view = CaseViews.apply(view, event, ++seq, T.plusSeconds(seq));
            assertThat(view).as(event.getClass().getSimpleName()).isNotNull().isNotEqualTo(before);
            assertThat(view.version()).isEqualTo(seq);
            assertThat(view.lastActivityAt()).isEqualTo(T.plusSeconds(seq));
        }
    }

    sealed interface Fruit permits Apple, Pear, Citrus {
    }

    record Apple() implements Fruit {
    }

    record Pear() implements Fruit {
    }

    sealed interface Citrus extends Fruit permits Lime {
    }

    record Lime() implements Citrus {
    }

    @Test
    void a_dispatch_without_a_step_for_a_permitted_type_is_refused_naming_it() {
        assertThatThrownBy(() -> CaseViews.requireEveryType(Fruit.class, Set.of(Apple.class, Lime.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Pear");
    }

    @Test
    void the_permitted_types_of_a_nested_sealed_type_need_steps_too() {
        assertThatThrownBy(() -> CaseViews.requireEveryType(Fruit.class, Set.of(Apple.class, Pear.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Lime");
        CaseViews.requireEveryType(Fruit.class, Set.of(Apple.class, Pear.class, Lime.class));
    }
}
