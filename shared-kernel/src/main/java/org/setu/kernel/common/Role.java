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

    /**
     * The roles of an agency's staff who work on cases and complaints, in this order: they open and move complaints,
     * request and take referrals, record consent, add notes, close and reopen cases. Steps that ask more name their
     * own role (a case is opened by a CASEWORKER; the lead moves, consent is overridden and a referral accepted by a
     * FOCAL_POINT).
     */
    public static final Set<Role> CASE_STAFF = Collections.unmodifiableSet(EnumSet.of(CASEWORKER, FOCAL_POINT));

    /**
     * The network secretariat's roles, in this order: they read across agencies what no agency reads (the audit trail,
     * the network's indicators, a case's privacy record, complaints without personal data); only the administrator
     * changes anything.
     */
    public static final Set<Role> SECRETARIAT = Collections.unmodifiableSet(EnumSet.of(SECRETARIAT_REVIEWER,
            SECRETARIAT_ADMIN));
}
