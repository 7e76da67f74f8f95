package org.setu.kernel.common;

/** Roles of agency staff, of the secretariat, and of partner machine clients. */
public enum Role {
    CASEWORKER, FOCAL_POINT, AGENCY_ADMIN, SECRETARIAT_REVIEWER, SECRETARIAT_ADMIN, PARTNER,
    /** Staff of a licensed recruiting agency: their token names the licence (docs/decisions/0012). */
    RECRUITER_REPRESENTATIVE
}
