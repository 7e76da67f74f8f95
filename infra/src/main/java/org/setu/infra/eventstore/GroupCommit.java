package org.setu.infra.eventstore;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Commits the embedded store once for all writers waiting at that moment (group commit). A writer takes a ticket
 * after its insert returned; a store commit that starts after the ticket was taken covers that insert. Writers
 * queue for the commit lock, the first commits for everyone who holds a ticket by then, the rest find themselves
 * covered and return: N concurrent writers pay for about one commit, not N.
 */
public final class GroupCommit implements StoreDurability {

    private final Runnable commitStore;
    private final AtomicLong issued = new AtomicLong();
    private final Object commitLock = new Object();
    private long covered;

    public GroupCommit(Runnable commitStore) {
        this.commitStore = commitStore;
    }

    @Override
    public void awaitDurable() {
        long ticket = issued.incrementAndGet();
        synchronized (commitLock) {
            if (covered >= ticket) {
                return;
            }
            long upTo = issued.get();
            commitStore.run();
            covered = upTo;
        }
    }
}
