package org.setu.kernel.referral;

import java.util.EnumSet;
import java.util.Set;

/** The referral lifecycle (merged from Primero and HL7 FHIR Task). */
public enum ReferralStatus {
    REQUESTED, ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED, FAILED, WITHDRAWN;

    /** A referral that still gives the receiving agency access and keeps the case from closing. */
    public boolean isActive() {
        return this == REQUESTED || this == ACCEPTED || this == IN_PROGRESS;
    }

    /** Every active status, in the lifecycle's order. */
    public static Set<ReferralStatus> active() {
        Set<ReferralStatus> active = EnumSet.noneOf(ReferralStatus.class);
        for (ReferralStatus status : values()) {
            if (status.isActive()) {
                active.add(status);
            }
        }
        return active;
    }
}
