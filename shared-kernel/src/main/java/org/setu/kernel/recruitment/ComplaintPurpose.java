package org.setu.kernel.recruitment;

/** What a complainant agreed their complaint may be used for. */
public enum ComplaintPurpose {
    COMPLAINT_HANDLING, LEGAL_AID, REFERRAL_TO_SERVICES, ANONYMISED_STATISTICS
}
