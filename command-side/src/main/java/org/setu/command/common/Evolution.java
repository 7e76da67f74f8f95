package org.setu.command.common;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a state evolves with each type of event of one sealed hierarchy: one function per event class. Java 17 has no
 * pattern switch, so this map stands in for an exhaustive one: {@link #complete()} refuses an evolution that lacks a
 * function for a permitted event type (at class initialisation, so such a build never starts), and {@link #apply}
 * fails loudly on an event it does not know instead of skipping it.
 *
 * @param <S> the state
 * @param <E> the sealed event type
 */
public final class Evolution<S, E> {

    private final Class<E> events;
    private final Map<Class<?>, BiFunction<S, Object, S>> steps = new LinkedHashMap<>();
    private boolean complete;

    private Evolution(Class<E> events) {
        this.events = events;
    }

    public static <S, E> Evolution<S, E> of(Class<E> sealedEvents) {
        if (!sealedEvents.isSealed()) {
            throw new IllegalArgumentException(sealedEvents.getName() + " is not sealed: its events cannot be listed");
        }
        return new Evolution<>(sealedEvents);
    }

    /** How the state evolves with an event of this type. */
    public <T extends E> Evolution<S, E> on(Class<T> type, BiFunction<S, T, S> step) {
        if (complete) {
            throw new IllegalStateException("The evolution of " + events.getSimpleName() + " is complete already");
        }
        steps.put(type, (state, event) -> step.apply(state, type.cast(event)));
        return this;
    }

    /** The event types of the hierarchy (its permitted subtypes, and theirs) that have no function yet. */
    public Set<Class<?>> missing() {
        return leaves(events).filter(type -> !steps.containsKey(type)).collect(Collectors.toSet());
    }

    /** This evolution, once every event type of the hierarchy has its function; refused otherwise. */
    public Evolution<S, E> complete() {
        Set<Class<?>> missing = missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No evolution of " + events.getSimpleName() + " for " + missing);
        }
        complete = true;
        return this;
    }

    public S apply(S state, E event) {
        BiFunction<S, Object, S> step = steps.get(event.getClass());
        if (step == null) {
            throw new IllegalStateException(
                    "No evolution for " + event.getClass().getName() + ": the event would be lost");
        }
        return step.apply(state, event);
    }

    private static Stream<Class<?>> leaves(Class<?> type) {
        return type.isSealed() ? Arrays.stream(type.getPermittedSubclasses()).flatMap(Evolution::leaves) : Stream.of(type);
    }
}
