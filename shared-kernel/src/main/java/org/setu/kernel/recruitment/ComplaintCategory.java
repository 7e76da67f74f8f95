package org.setu.kernel.recruitment;

/** What a complaint is about (one or more). */
public enum ComplaintCategory {
    EXCESS_FEES, CONTRACT_SUBSTITUTION, WAGE_THEFT, FAKE_JOB_OR_VISA, PASSPORT_RETENTION, ABUSE, NON_DEPLOYMENT, OTHER
}
