package org.setu.command.common;

/**
 * An aggregate's immutable state: {@link #evolve} returns the state after one more of its events.
 *
 * @param <S> the state itself
 * @param <E> its sealed event type
 */
public interface Evolving<S extends Evolving<S, E>, E> {

    S evolve(E event);
}
