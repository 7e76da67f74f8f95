package org.setu.kernel.common;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Roles of agency staff, of the secretariat, and of partner machine clients. */
public enum Role {
    CASEWORKER, FOCAL_POINT, AGENCY_ADMIN, SECRETARIAT_REVIEWER, SECRETARIAT_ADMIN, PARTNER,
    /** Staff of a licensed recruiting agency: their token names the licence (docs/decisions/0012). */
    RECRUITER_REPRESENTATIVE;

    /**
     * The roles an agency gives its own staff, in this order: a staff member or an agency account holds one or more of
     * them and nothing else (no one mints a secretariat or partner role for an agency).
     */
    public static final Set<Role> AGENCY_STAFF =
            Collections.unmodifiableSet(EnumSet.of(CASEWORKER, FOCAL_POINT, AGENCY_ADMIN));
}
