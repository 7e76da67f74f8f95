package org.setu.kernel.query;

import java.util.List;

/** A page of a referral work queue. */
public record ReferralQueuePage(List<ReferralQueueItemView> items, int page, int size, long total)
        implements Page<ReferralQueueItemView> {

    public ReferralQueuePage {
        items = List.copyOf(items);
    }
}
