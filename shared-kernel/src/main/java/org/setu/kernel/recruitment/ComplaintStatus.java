package org.setu.kernel.recruitment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint stands (docs/recruitment.md has the diagram). CLOSED, REFERRED_TO_COURT and WITHDRAWN end it:
 * after them only a reopening, with a reason, is taken.
 */
public enum ComplaintStatus {
    RECEIVED, REGISTERED, AGENCY_NOTIFIED, HEARING, AWARDED, PARTIALLY_PAID, PAID, DEFAULTED,
    CLOSED, REFERRED_TO_COURT, WITHDRAWN, REOPENED;

    /** Where an award may be paid on (the rules also need money still owed). */
    public static final Set<ComplaintStatus> PAYABLE = only(AWARDED, PARTIALLY_PAID, DEFAULTED, REOPENED);
    /** Where an award may be defaulted on (the rules also need money still owed). */
    public static final Set<ComplaintStatus> DEFAULTABLE = only(AWARDED, PARTIALLY_PAID, REOPENED);
    /** Where a complaint may be closed with its outcome. */
    public static final Set<ComplaintStatus> CLOSABLE = only(AWARDED, PARTIALLY_PAID, PAID, DEFAULTED, REOPENED);

    public boolean ended() {
        return this == CLOSED || this == REFERRED_TO_COURT || this == WITHDRAWN;
    }

    /**
     * Where an award stands once it is made or paid on: nothing paid yet, paid in part, or paid in full (a new award
     * after a reopening keeps what was paid before it).
     */
    public static ComplaintStatus ofAward(long awardBdt, long paidBdt) {
        return paidBdt == 0 ? AWARDED : paidBdt >= awardBdt ? PAID : PARTIALLY_PAID;
    }

    private static Set<ComplaintStatus> only(ComplaintStatus first, ComplaintStatus... more) {
        return Collections.unmodifiableSet(EnumSet.of(first, more));
    }
}
