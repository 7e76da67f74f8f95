package org.setu.infra.eventstore;

/**
 * Makes every write acknowledged so far survive a process crash, before a command is acknowledged.
 * Real MongoDB does this through the write concern (majority, journaled), so its implementation does nothing;
 * the embedded server's file store needs an explicit commit (see {@link GroupCommit}).
 */
@FunctionalInterface
public interface StoreDurability {

    StoreDurability BY_WRITE_CONCERN = () -> { };

    /** Returns once every write that returned before this call is durable. */
    void awaitDurable();
}
