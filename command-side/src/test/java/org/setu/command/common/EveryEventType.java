package org.setu.command.common;

import org.setu.kernel.common.EverySubtype;
import org.setu.kernel.common.Stamp;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The exhaustiveness check of an aggregate's evolution, by reflection over the permitted subtypes of its sealed
 * event type (Java 17 has no exhaustive pattern switch): there is a sample of every type, evolving each is handled,
 * and each event a command made is remembered for retries.
 */
public final class EveryEventType {

    private EveryEventType() {
    }

    /** Each sample evolves {@code state}; the samples must cover every permitted subtype of {@code sealed}. */
    public static <S, E> void evolves(Class<E> sealed, Evolution<S, E> evolution, Collection<? extends E> samples,
                                      S state) {
        Map<Class<?>, E> byType = samples.stream().collect(Collectors.toMap(Object::getClass, Function.identity()));
        EverySubtype.coveredBy(sealed, samples);
        assertThat(evolution.missing()).as("event types without an evolution").isEmpty();
        for (Class<?> type : sealed.getPermittedSubclasses()) {
            E event = byType.get(type);
            assertThatCode(() -> evolution.apply(state, event)).as(type.getSimpleName())
                    .doesNotThrowAnyException();
            var recent = new RecentCommands();
            recent.rememberCommandOf(event);
            Stamp stamp = stampOf(event);
            if (stamp != null) {
                assertThat(recent.contains(stamp.commandId())).as(type.getSimpleName() + " remembered").isTrue();
            }
        }
    }

    /** The types of the hierarchy whose events no command made (they carry no stamp). */
    public static Collection<Class<?>> unstamped(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .filter(type -> Arrays.stream(type.getRecordComponents()).noneMatch(c -> c.getType() == Stamp.class))
                .toList();
    }

    private static Stamp stampOf(Object event) {
        try {
            for (RecordComponent component : event.getClass().getRecordComponents()) {
                if (component.getType() == Stamp.class) {
                    return (Stamp) component.getAccessor().invoke(event);
                }
            }
            return null;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
