package org.setu.kernel.referral;

/** The referral lifecycle (merged from Primero and HL7 FHIR Task). */
public enum ReferralStatus {
    REQUESTED, ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED, FAILED, WITHDRAWN;

    /** A referral that still gives the receiving agency access and keeps the case from closing. */
    public boolean isActive() {
        return this == REQUESTED || this == ACCEPTED || this == IN_PROGRESS;
    }
}
