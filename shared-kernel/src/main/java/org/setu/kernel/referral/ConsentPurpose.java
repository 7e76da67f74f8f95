package org.setu.kernel.referral;

/** What the subject agreed their data may be used for. */
public enum ConsentPurpose {
    SERVICE_PROVISION, CASE_COORDINATION, FOLLOW_UP, ANONYMISED_STATISTICS
}
