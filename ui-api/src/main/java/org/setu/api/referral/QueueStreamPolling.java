package org.setu.api.referral;

import java.time.Duration;

/**
 * How often a live queue stream asks the store for changes made on other nodes. Only the node running the queue's
 * projection pushes its changes as it makes them; with several nodes, a stream on another node would miss them
 * without this. {@link #OFF} on the embedded default, where the one node runs everything and the store serves such
 * a query only by scanning.
 */
public record QueueStreamPolling(Duration every) {

    public static final QueueStreamPolling OFF = new QueueStreamPolling(null);

    public boolean on() {
        return every != null;
    }
}
