package org.setu.kernel.query;

import java.util.List;

/**
 * Changed queue rows, oldest change first, at most a page of them; {@code through}: the log position of the last
 * change they include (where the next poll starts), or the position asked after when none changed.
 */
public record ReferralQueueChanges(List<ReferralQueueItemView> items, long through) {

    public ReferralQueueChanges {
        items = List.copyOf(items);
    }
}
