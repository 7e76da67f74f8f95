package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;

/**
 * The referrals an agency sends or receives whose queue row changed after the event at log position
 * {@code afterPosition}, in the order they changed: what a live stream on a node that does not run the queue's
 * projection polls for (the projection's own node pushes changes as it makes them). Without {@code afterPosition},
 * no rows: only the position the agency's rows stand at, to poll from.
 */
public record FindReferralQueueChangesQuery(AgencyId agency, Long afterPosition) {

    public FindReferralQueueChangesQuery {
        Checks.required(agency, "agency");
    }
}
