package org.setu.kernel.common;

import java.util.Collection;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first half of every exhaustiveness test (Java 17 has no exhaustive pattern switch): the samples hold an
 * instance of each permitted subtype (and of nothing else) of a sealed type, so that walking them walks every type.
 */
public final class EverySubtype {

    private EverySubtype() {
    }

    public static void coveredBy(Class<?> sealed, Collection<?> samples) {
        assertThat(samples.stream().map(Object::getClass).collect(Collectors.toSet()))
                .as("a sample of every " + sealed.getSimpleName())
                .containsExactlyInAnyOrder(sealed.getPermittedSubclasses());
    }
}
