package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.referral.CaseFacts;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.Consent;
import org.setu.kernel.referral.SubjectData;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything known about a case, unredacted: the API renders each caller's view from it. {@code version} is the
 * sequence number of the last event applied (the case's ETag).
 */
public record CaseView(CaseId caseId, long version, CaseStatus status, AgencyId leadAgency, CaseFacts facts,
                       SubjectData subject, Consent consent, boolean consentWithdrawn, Set<AgencyId> consentOverrides,
                       List<ReferralView> referrals, List<NoteView> notes, AgencyId transferTarget,
                       Instant openedAt, Instant lastActivityAt) {

    public CaseView {
        consentOverrides = consentOverrides == null ? Set.of() : Set.copyOf(consentOverrides);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Need-to-know: the lead agency, or an agency with an active referral on the case. */
    public boolean mayBeReadBy(AgencyId agency) {
        return leadAgency.equals(agency)
                || referrals.stream().anyMatch(r -> r.status().isActive() && r.toAgency().equals(agency));
    }

    /** Personal data may be shown to the lead, and to others only within the consent (or an override). */
    public boolean personalDataVisibleTo(AgencyId agency, org.setu.kernel.agency.AgencyType type) {
        if (leadAgency.equals(agency)) {
            return true;
        }
        return !consentWithdrawn && (consent.covers(agency, type) || consentOverrides.contains(agency));
    }
}
