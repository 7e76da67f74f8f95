package org.setu.kernel.referral;

/** How fast a referral must be decided. */
public enum Urgency {
    NORMAL, URGENT
}
