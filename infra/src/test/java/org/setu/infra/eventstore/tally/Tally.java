package org.setu.infra.eventstore.tally;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A test aggregate: a counter whose increments may hold their unit of work open for a while before committing. */
public class Tally {

    public record OpenTally(String id) {
    }

    public record AddToTally(@TargetAggregateIdentifier String id, int amount, long holdMillis) {
    }

    @Revision("1")
    public record TallyOpened(String id) {
    }

    @Revision("1")
    public record TallyIncremented(String id, int amount, int total) {
    }

    @AggregateIdentifier
    private String id;
    private int total;

    protected Tally() {
    }

    @CommandHandler
    public Tally(OpenTally command) {
        apply(new TallyOpened(command.id()));
    }

    @CommandHandler
    public int handle(AddToTally command) throws InterruptedException {
        apply(new TallyIncremented(id, command.amount(), total + command.amount()));
        if (command.holdMillis() > 0) {
            Thread.sleep(command.holdMillis());
        }
        return total;
    }

    @EventSourcingHandler
    void on(TallyOpened event) {
        id = event.id();
    }

    @EventSourcingHandler
    void on(TallyIncremented event) {
        total = event.total();
    }
}
