package org.setu.kernel.referral;

/** A case is open, or closed (and may be reopened). */
public enum CaseStatus {
    OPEN, CLOSED
}
