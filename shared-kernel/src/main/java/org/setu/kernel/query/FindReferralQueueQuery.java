package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.referral.ReferralStatus;

/**
 * An agency's referral work queue: incoming (to it) or outgoing (from it); status and overdue filters optional;
 * {@code pendingMyAction}: incoming referrals that wait for the agency (to decide, or to deliver).
 */
public record FindReferralQueueQuery(AgencyId agency, Direction direction, ReferralStatus status, Boolean overdue,
                                     boolean pendingMyAction, int page, int size) {

    public FindReferralQueueQuery(AgencyId agency, Direction direction, ReferralStatus status, Boolean overdue,
                                  int page, int size) {
        this(agency, direction, status, overdue, false, page, size);
    }

    /** Which side of the referral the agency is on. */
    public enum Direction { INCOMING, OUTGOING }
}
