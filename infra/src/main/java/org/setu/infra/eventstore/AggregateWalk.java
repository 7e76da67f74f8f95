package org.setu.infra.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.bson.Document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Loads an aggregate by walking its commits through exact keys: {@code (aggregateId, firstSeq)}, then
 * {@code lastSeq + 1}, until there is none. Each step is one unique-index lookup on both servers.
 */
final class AggregateWalk extends Spliterators.AbstractSpliterator<DomainEventData<String>> {

    private final CommitLog log;
    private final CommitCodec codec;
    private final AggregateHints hints;
    private final String aggregateId;
    private final Deque<DomainEventData<String>> buffer = new ArrayDeque<>();
    private long nextSeq;
    private boolean first = true;
    private boolean done;

    AggregateWalk(CommitLog log, CommitCodec codec, AggregateHints hints, String aggregateId, long firstSeq) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.log = log;
        this.codec = codec;
        this.hints = hints;
        this.aggregateId = aggregateId;
        this.nextSeq = firstSeq;
    }

    @Override
    public boolean tryAdvance(Consumer<? super DomainEventData<String>> action) {
        if (buffer.isEmpty() && !done) {
            step();
        }
        if (buffer.isEmpty()) {
            return false;
        }
        action.accept(buffer.poll());
        return true;
    }

    private void step() {
        Optional<Document> commit = log.findByAggregate(aggregateId, nextSeq);
        if (commit.isEmpty() && first && nextSeq > 0 && !hints.knownCommitEnd(aggregateId, nextSeq - 1)
                && !log.commitEndsAt(aggregateId, nextSeq - 1)) {
            // Not a commit boundary: the read starts inside a commit, or beyond the aggregate's end. Rare; a scan.
            commit = log.findContaining(aggregateId, nextSeq);
        }
        first = false;
        if (commit.isEmpty()) {
            done = true;
            return;
        }
        Document c = commit.get();
        int skip = (int) (nextSeq - c.getLong("firstSeq"));
        for (TrackedDomainEventData<String> event : codec.decode(c, skip)) {
            buffer.add(event);
        }
        nextSeq = c.getLong("lastSeq") + 1;
        hints.commitEnded(aggregateId, nextSeq - 1);
    }
}
