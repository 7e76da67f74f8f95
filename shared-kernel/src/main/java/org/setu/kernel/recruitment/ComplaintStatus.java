package org.setu.kernel.recruitment;

/**
 * Where a complaint stands (docs/recruitment.md has the diagram). CLOSED, REFERRED_TO_COURT and WITHDRAWN end it:
 * after them only a reopening, with a reason, is taken.
 */
public enum ComplaintStatus {
    RECEIVED, REGISTERED, AGENCY_NOTIFIED, HEARING, AWARDED, PARTIALLY_PAID, PAID, DEFAULTED,
    CLOSED, REFERRED_TO_COURT, WITHDRAWN, REOPENED;

    public boolean ended() {
        return this == CLOSED || this == REFERRED_TO_COURT || this == WITHDRAWN;
    }
}
