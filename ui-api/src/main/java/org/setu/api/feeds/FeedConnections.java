package org.setu.api.feeds;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.SetuException;

import java.util.concurrent.ConcurrentHashMap;

/** Open feed connections per partner, capped, so one partner cannot hold every connection of the node. */
public final class FeedConnections {

    private final int maxPerPartner;
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

    public FeedConnections(int maxPerPartner) {
        this.maxPerPartner = maxPerPartner;
    }

    /** Takes a connection slot; {@link #release} gives it back. */
    public void acquire(String partner) {
        boolean[] taken = {false};
        open.compute(partner, (p, count) -> {
            int now = count == null ? 0 : count;
            if (now >= maxPerPartner) {
                return count;
            }
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) {
            throw new SetuException(ErrorCode.TOO_MANY_CONNECTIONS, "Partner " + partner + " already has "
                    + maxPerPartner + " feed connections open (the maximum)");
        }
    }

    public void release(String partner) {
        open.computeIfPresent(partner, (p, count) -> count <= 1 ? null : count - 1);
    }

    /** Open streams over all partners. */
    public int total() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int open(String partner) {
        return open.getOrDefault(partner, 0);
    }
}
