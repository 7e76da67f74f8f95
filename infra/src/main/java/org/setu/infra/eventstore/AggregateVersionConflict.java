package org.setu.infra.eventstore;

/** Another commit already holds this aggregate version: the engine turns it into Axon's ConcurrencyException. */
public final class AggregateVersionConflict extends RuntimeException {

    public AggregateVersionConflict(String aggregateId, long firstSeq, Throwable cause) {
        super("Aggregate " + aggregateId + " already has an event at sequence " + firstSeq
                + ": another command changed it concurrently", cause);
    }
}
