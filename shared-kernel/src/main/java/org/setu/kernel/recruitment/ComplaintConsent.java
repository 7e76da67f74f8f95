package org.setu.kernel.recruitment;

import org.setu.kernel.common.AgencyId;

import java.util.Set;

/**
 * What the complainant agreed to: the agencies their complaint may be shared with, for which purposes, and whether
 * the recruiting agency complained against may learn who they are. Without that consent the respondent's staff see
 * the complaint but never the complainant (retaliation at hearings is documented).
 */
public record ComplaintConsent(Set<AgencyId> agencies, Set<ComplaintPurpose> purposes, boolean identityToRecruiter) {

    public static final ComplaintConsent NONE = new ComplaintConsent(Set.of(), Set.of(), false);

    public ComplaintConsent {
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
    }
}
