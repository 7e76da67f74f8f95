package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;

/**
 * A subscription to an agency's referral work queues: answered first with the incoming queue's first page, then with
 * every change to a referral the agency sends or receives ({@code Parties.Link.involves}).
 */
public record WatchReferralQueueQuery(AgencyId agency) {

    public boolean concerns(ReferralQueueItemView item) {
        return item.involves(agency);
    }
}
