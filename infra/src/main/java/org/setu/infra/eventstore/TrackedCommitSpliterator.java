package org.setu.infra.eventstore;

import org.axonframework.eventhandling.TrackedDomainEventData;
import org.bson.Document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Reads the log after a position in batches of contiguous commits and stops at the first position not yet written.
 * Positions are dense and a writer claims one only after the previous exists, so nothing can appear behind it later.
 */
final class TrackedCommitSpliterator extends Spliterators.AbstractSpliterator<TrackedDomainEventData<String>> {

    /** A tailing reader usually finds one or two new commits: ask for a few ids, and double while runs fill the window. */
    static final int FIRST_WINDOW = 4;

    private final CommitLog log;
    private final CommitCodec codec;
    private final int maxBatch;
    private int window = FIRST_WINDOW;
    private final Deque<TrackedDomainEventData<String>> buffer = new ArrayDeque<>();
    private long nextCommit;
    private int skipThrough;
    private boolean exhausted;

    TrackedCommitSpliterator(CommitLog log, CommitCodec codec, EventPosition lastHandled, int maxBatch) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.log = log;
        this.codec = codec;
        this.maxBatch = maxBatch;
        if (lastHandled == null) {
            nextCommit = 1;
            skipThrough = -1;
        } else if (lastHandled.coversWholeCommit()) {
            nextCommit = lastHandled.commit() + 1;
            skipThrough = -1;
        } else {
            nextCommit = lastHandled.commit();
            skipThrough = lastHandled.index();
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super TrackedDomainEventData<String>> action) {
        while (buffer.isEmpty() && !exhausted) {
            fill();
        }
        if (buffer.isEmpty()) {
            return false;
        }
        action.accept(buffer.poll());
        return true;
    }

    private void fill() {
        var run = log.readRun(nextCommit, window);
        if (run.isEmpty()) {
            exhausted = true;
            return;
        }
        if (run.size() == window) {
            window = Math.min(maxBatch, window * 2);
        }
        for (Document commit : run) {
            buffer.addAll(codec.decode(commit, skipThrough + 1));
            skipThrough = -1;
            nextCommit++;
        }
    }
}
