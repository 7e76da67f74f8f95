package org.setu.kernel.referral;

/** The two service-level deadlines of a referral. */
public enum SlaDeadline {
    DECISION, FIRST_SERVICE
}
