package org.setu.command.common;

import org.setu.kernel.common.StampedCommand;

/**
 * What every Setu aggregate does as Axon sees it, in one place: it holds an immutable state folded from its events
 * and answers a retried command (same command id) as the first attempt was, with no new events. A subclass routes
 * each command type (Axon needs one handler per type) to {@link #once}, whose effect asks the aggregate's pure
 * {@code decide} and applies what it returns; the rules and the state live in plain classes tested without Axon.
 *
 * <p>The snapshot is the aggregate object: {@link #state} and the recent command ids.
 *
 * @param <S> the aggregate's state
 * @param <E> its sealed event type
 */
public abstract class DecidingAggregate<S extends Evolving<S, E>, E> {

    protected S state;
    private final RecentCommands recent = new RecentCommands();

    protected DecidingAggregate(S initial) {
        this.state = initial;
    }

    /**
     * Folds one event, for the subclass's {@code @EventSourcingHandler}: that one names the sealed event type, since
     * a handler of the erased {@code E} would also receive the snapshot (the aggregate object) as if it were an event.
     */
    protected final void evolveWith(E event) {
        state = state.evolve(event);
        recent.rememberCommandOf(event);
    }

    /** Runs the command's effect unless it is a retry: then the first attempt's effect stands, and it succeeds. */
    protected final void once(StampedCommand command, Runnable effect) {
        recent.once(command, effect);
    }
}
