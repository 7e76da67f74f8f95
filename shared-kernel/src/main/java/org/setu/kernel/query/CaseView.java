package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.referral.CaseFacts;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.Consent;
import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.privacy.Sealed;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything known about a case, unredacted but with personal data sealed: the API opens and renders each caller's
 * view from it. {@code version} is the sequence number of the last event applied (the case's ETag). After erasure
 * {@code subject} and every note text are null and {@code subjectErased} is set.
 */
public record CaseView(CaseId caseId, long version, CaseStatus status, AgencyId leadAgency, CaseFacts facts,
                       Sealed subject, Consent consent, boolean consentWithdrawn, Set<AgencyId> consentOverrides,
                       List<ReferralView> referrals, List<NoteView> notes, AgencyId transferTarget,
                       Instant openedAt, Instant lastActivityAt, boolean subjectErased, List<BreakGlassView> breakGlass) {

    public CaseView {
        consentOverrides = consentOverrides == null ? Set.of() : Set.copyOf(consentOverrides);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        notes = notes == null ? List.of() : List.copyOf(notes);
        breakGlass = breakGlass == null ? List.of() : List.copyOf(breakGlass);
    }

    /** A reviewer's own break-glass grant on this case that has not yet lapsed. */
    public boolean breakGlassActive(StaffId reviewer, Instant now) {
        return breakGlass.stream().anyMatch(g -> g.activeFor(reviewer, now));
    }

    /** Need-to-know: the lead agency, or an agency with an active referral on the case. */
    public boolean mayBeReadBy(AgencyId agency) {
        return leadAgency.equals(agency)
                || referrals.stream().anyMatch(r -> r.status().isActive() && r.toAgency().equals(agency));
    }

    /** Which referrals an agency reading the case sees: the lead all of them, others those they send or receive. */
    public boolean referralVisible(ReferralView referral, AgencyId agency) {
        return leadAgency.equals(agency) || referral.toAgency().equals(agency) || referral.fromAgency().equals(agency);
    }

    /** Whether the case holds this referral and the agency may see it ({@link #referralVisible}). */
    public boolean referralVisibleTo(ReferralId referralId, AgencyId agency) {
        return referrals.stream().anyMatch(r -> r.referralId().equals(referralId) && referralVisible(r, agency));
    }

    /** Personal data may be shown to the lead, and to others only within the consent (or an override). */
    public boolean personalDataVisibleTo(AgencyId agency, org.setu.kernel.agency.AgencyType type) {
        if (leadAgency.equals(agency)) {
            return true;
        }
        return !consentWithdrawn && (consent.covers(agency, type) || consentOverrides.contains(agency));
    }
}
