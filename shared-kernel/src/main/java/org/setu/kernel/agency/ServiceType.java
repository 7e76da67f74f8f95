package org.setu.kernel.agency;

/** Services an agency offers and a referral asks for (after Open Referral HSDS service categories). */
public enum ServiceType {
    REINTEGRATION, PSYCHOSOCIAL, SHELTER, LEGAL_AID, MEDICAL, LIVELIHOOD, DOCUMENTATION, FAMILY_TRACING, REPATRIATION, COMPLAINT_HANDLING, FINANCIAL_ASSISTANCE, SKILLS_TRAINING, OTHER
}
