package org.setu.kernel.sharing;

import java.util.List;

/** The answer to {@link FindFeedQuery}: the entries, and the feed's head position when asked. */
public record FeedBatch(List<FeedEntry> entries, long head) {

    public FeedBatch {
        entries = List.copyOf(entries);
    }
}
