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
 * This node's own latest commits come from memory ({@link RecentCommits}), anything else from the store.
 */
final class TrackedCommitSpliterator extends Spliterators.AbstractSpliterator<TrackedDomainEventData<String>> {

    /** A tailing reader usually finds one or two new commits: ask for a few ids, and double while runs fill the window. */
    static final int FIRST_WINDOW = 4;

    private final CommitLog log;
    private final CommitCodec codec;
    private final int maxBatch;
    private final boolean endAfterRemembered;
    private int window = FIRST_WINDOW;
    private final Deque<TrackedDomainEventData<String>> buffer = new ArrayDeque<>();
    private long nextCommit;
    private int skipThrough;
    private boolean exhausted;

    /**
     * @param endAfterRemembered end the stream after a run of this node's own latest commits read from memory, without
     *                           asking the store whether another node's commit follows: for a reader that comes back
     *                           at once when it found events (Axon's event producer, which reads with
     *                           {@code mayBlock}); that next read asks the store
     */
    TrackedCommitSpliterator(CommitLog log, CommitCodec codec, EventPosition lastHandled, int maxBatch,
                             boolean endAfterRemembered) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.log = log;
        this.codec = codec;
        this.maxBatch = maxBatch;
        this.endAfterRemembered = endAfterRemembered;
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
        var run = log.rememberedRun(nextCommit, window);
        boolean remembered = !run.isEmpty();
        if (!remembered) {
            run = log.readRun(nextCommit, window);
            if (run.isEmpty()) {
                exhausted = true;
                return;
            }
        }
        boolean shortRun = run.size() < window;
        if (!shortRun) {
            window = Math.min(maxBatch, window * 2);
        }
        int before = buffer.size();
        for (Document commit : run) {
            buffer.addAll(codec.decode(commit, skipThrough + 1));
            skipThrough = -1;
            nextCommit++;
        }
        // Only a run that brought new events ends the stream: a reader's token usually points into the commit it
        // handled last, and a run of that commit alone, all skipped, says nothing about what follows it.
        if (endAfterRemembered && remembered && shortRun && buffer.size() > before) {
            exhausted = true;
        }
    }
}
