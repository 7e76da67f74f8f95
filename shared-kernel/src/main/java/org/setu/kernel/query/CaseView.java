package org.setu.kernel.query;

import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.CaseFacts;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.Consent;
import org.setu.kernel.referral.Parties;
import org.setu.kernel.referral.ReferralId;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.setu.kernel.query.CaseViewDraft.plus;

/**
 * Everything known about a case, unredacted but with personal data sealed: the API opens and renders each caller's
 * view from it. {@code version} is the sequence number of the last event applied (the case's ETag). After erasure
 * {@code subject} and every note text are null and {@code subjectErased} is set. Who may see it is {@link Parties}'
 * policy, the same the write side applies; each change is a wither named for what happened ({@link #closed()}).
 */
public record CaseView(CaseId caseId, long version, CaseStatus status, AgencyId leadAgency, CaseFacts facts,
                       Sealed subject, Consent consent, boolean consentWithdrawn, Set<AgencyId> consentOverrides,
                       List<ReferralView> referrals, List<NoteView> notes, AgencyId transferTarget,
                       Instant openedAt, Instant lastActivityAt, boolean subjectErased, List<BreakGlassView> breakGlass)
        implements Parties {

    public CaseView {
        consentOverrides = consentOverrides == null ? Set.of() : Set.copyOf(consentOverrides);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        notes = notes == null ? List.of() : List.copyOf(notes);
        breakGlass = breakGlass == null ? List.of() : List.copyOf(breakGlass);
    }

    /** A case as its lead agency opened it; {@link #touched} stamps its version. */
    public static CaseView opened(CaseId caseId, AgencyId lead, CaseFacts facts, Sealed subject, Consent consent,
                                  Instant at) {
        return new CaseView(caseId, 0, CaseStatus.OPEN, lead, facts, subject, consent, false, Set.of(), List.of(),
                List.of(), null, at, at, false, List.of());
    }

    @Override
    public AgencyId lead() {
        return leadAgency;
    }

    @Override
    public List<ReferralView> links() {
        return referrals;
    }

    /** A reviewer's own break-glass grant on this case that has not yet lapsed. */
    public boolean breakGlassActive(StaffId reviewer, Instant now) {
        return breakGlass.stream().anyMatch(g -> g.activeFor(reviewer, now));
    }

    /** Need-to-know, as everywhere: {@link Parties#onCase}. */
    public boolean mayBeReadBy(AgencyId agency) {
        return onCase(agency);
    }

    /** Which referrals an agency reading the case sees: {@link Parties#seesReferral}. */
    public boolean referralVisible(ReferralView referral, AgencyId agency) {
        return seesReferral(agency, referral);
    }

    /** Whether the case holds this referral and the agency may see it ({@link #referralVisible}). */
    public boolean referralVisibleTo(ReferralId referralId, AgencyId agency) {
        return referrals.stream().anyMatch(r -> r.referralId().equals(referralId) && seesReferral(agency, r));
    }

    /** Personal data may be shown to the lead, and to others, until consent is withdrawn, by {@link Consent#allows}. */
    public boolean personalDataVisibleTo(AgencyId agency, AgencyType type) {
        return leads(agency) || !consentWithdrawn && consent.allows(agency, type, consentOverrides);
    }

    /** The view as of the event with sequence number {@code seq}, which happened {@code at}. */
    public CaseView touched(long seq, Instant at) {
        return CaseViewDraft.change(this, d -> {
            d.version = seq;
            d.lastActivityAt = at;
        });
    }

    /** A consent recorded anew; the overrides stand. */
    public CaseView withConsent(Consent recorded) {
        return CaseViewDraft.change(this, d -> {
            d.consent = recorded;
            d.consentWithdrawn = false;
        });
    }

    /** Consent withdrawn: nothing is consented to any more, and the overrides go with it. */
    public CaseView withConsentWithdrawn() {
        return CaseViewDraft.change(this, d -> {
            d.consent = Consent.NONE;
            d.consentWithdrawn = true;
            d.consentOverrides = Set.of();
        });
    }

    public CaseView withConsentOverride(AgencyId agency) {
        return CaseViewDraft.change(this, d -> d.consentOverrides = plus(d.consentOverrides, agency));
    }

    public CaseView withNote(NoteView note) {
        return CaseViewDraft.change(this, d -> d.notes = plus(d.notes, note));
    }

    public CaseView withReferral(ReferralView requested) {
        return CaseViewDraft.change(this, d -> d.referrals = plus(d.referrals, requested));
    }

    /** The referral {@code id} changed by {@code change} (e.g. {@code r -> r.accepted(due, at)}); others stay. */
    public CaseView withReferral(ReferralId id, UnaryOperator<ReferralView> change) {
        return CaseViewDraft.change(this, d -> d.referrals = d.referrals.stream()
                .map(r -> r.referralId().equals(id) ? change.apply(r) : r).toList());
    }

    /** The lead offered to another agency, which has not answered yet. */
    public CaseView withLeadOfferedTo(AgencyId agency) {
        return CaseViewDraft.change(this, d -> d.transferTarget = agency);
    }

    /** The offer of the lead accepted: the agency leads now. */
    public CaseView ledBy(AgencyId agency) {
        return CaseViewDraft.change(this, d -> {
            d.leadAgency = agency;
            d.transferTarget = null;
        });
    }

    public CaseView withLeadOfferDeclined() {
        return CaseViewDraft.change(this, d -> d.transferTarget = null);
    }

    public CaseView closed() {
        return CaseViewDraft.change(this, d -> d.status = CaseStatus.CLOSED);
    }

    public CaseView reopened() {
        return CaseViewDraft.change(this, d -> d.status = CaseStatus.OPEN);
    }

    /**
     * The key is gone, so the ciphertexts are useless: the view drops the subject and the note texts. A referral's
     * note, reason and outcome stay as (unopenable) ciphertext, so that "there was one" still shows as erased.
     */
    public CaseView erased() {
        return CaseViewDraft.change(this, d -> {
            d.subject = null;
            d.notes = d.notes.stream().map(NoteView::withoutText).toList();
            d.subjectErased = true;
        });
    }

    public CaseView withBreakGlass(BreakGlassView grant) {
        return CaseViewDraft.change(this, d -> d.breakGlass = plus(d.breakGlass, grant));
    }
}
