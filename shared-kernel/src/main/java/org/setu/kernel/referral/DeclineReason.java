package org.setu.kernel.referral;

/** Why a receiving agency declines a referral. */
public enum DeclineReason {
    NO_CAPACITY, NOT_ELIGIBLE, OUT_OF_AREA, SERVICE_NOT_AVAILABLE, DUPLICATE, OTHER
}
