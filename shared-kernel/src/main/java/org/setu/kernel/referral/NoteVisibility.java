package org.setu.kernel.referral;

/** Who may read a note. */
public enum NoteVisibility {
    LEAD_AGENCY, ALL_AGENCIES
}
