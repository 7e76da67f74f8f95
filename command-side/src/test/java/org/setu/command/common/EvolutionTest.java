package org.setu.command.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dispatch that stands in for an exhaustive pattern switch: it refuses gaps instead of skipping events. */
class EvolutionTest {

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

    private static Evolution<Integer, Fruit> withoutPears() {
        return Evolution.<Integer, Fruit>of(Fruit.class).on(Apple.class, (n, e) -> n + 1).on(Lime.class, (n, e) -> n + 10);
    }

    @Test
    void each_event_type_has_its_own_function() {
        var evolution = withoutPears().on(Pear.class, (n, e) -> n + 100).complete();
        assertThat(evolution.apply(evolution.apply(evolution.apply(0, new Apple()), new Pear()), new Lime())).isEqualTo(111);
    }

    @Test
    void an_event_without_a_function_fails_loudly_naming_its_type() {
        assertThatThrownBy(() -> withoutPears().apply(0, new Pear())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Pear.class.getName());
    }

    @Test
    void an_evolution_with_a_gap_cannot_be_completed() {
        assertThat(withoutPears().missing()).containsExactly(Pear.class);
        assertThatThrownBy(() -> withoutPears().complete()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Pear");
    }

    @Test
    void the_permitted_subtypes_of_a_nested_sealed_type_count_too() {
        var noLimes = Evolution.<Integer, Fruit>of(Fruit.class).on(Apple.class, (n, e) -> n).on(Pear.class, (n, e) -> n);
        assertThat(noLimes.missing()).containsExactly(Lime.class);
    }

    @Test
    void a_complete_evolution_takes_no_more_functions() {
        var complete = withoutPears().on(Pear.class, (n, e) -> n).complete();
        assertThatThrownBy(() -> complete.on(Apple.class, (n, e) -> n)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void only_a_sealed_event_type_can_be_checked_for_gaps() {
        assertThatThrownBy(() -> Evolution.of(Object.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
