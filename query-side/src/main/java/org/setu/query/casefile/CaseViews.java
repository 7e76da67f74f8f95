package org.setu.query.casefile;

import org.setu.kernel.query.BreakGlassView;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.NoteView;
import org.setu.kernel.query.ReferralView;
import org.setu.kernel.referral.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Folds a case's events into its {@link CaseView}: a pure function, shared by the projections that need case state. */
public final class CaseViews {

    private CaseViews() {
    }

    /** The view after {@code event} (sequence {@code seq}); {@code view} is null before the case was opened. */
    public static CaseView apply(CaseView view, CaseEvent event, long seq, Instant at) {
        if (event instanceof CaseOpenedEvent e) {
            return new CaseView(e.caseId(), seq, CaseStatus.OPEN, e.leadAgency(), e.facts(), e.subject(), e.consent(),
                    false, Set.of(), List.of(), List.of(), null, at, at, false, List.of());
        }
        if (view == null) {
            return null;
        }
        CaseView v = view;
        if (event instanceof ConsentRecordedEvent e) {
            v = with(v, seq, at, e.consent(), false, v.consentOverrides());
        } else if (event instanceof ConsentWithdrawnEvent) {
            v = with(v, seq, at, Consent.NONE, true, Set.of());
        } else if (event instanceof ConsentOverriddenEvent e) {
            Set<org.setu.kernel.common.AgencyId> overrides = new HashSet<>(v.consentOverrides());
            overrides.add(e.agency());
            v = with(v, seq, at, v.consent(), v.consentWithdrawn(), overrides);
        } else if (event instanceof NoteAddedEvent e) {
            List<NoteView> notes = new ArrayList<>(v.notes());
            notes.add(new NoteView(e.noteId(), e.authorAgency(), e.stamp().actor().staffId(), e.visibility(), e.text(), at));
            v = new CaseView(v.caseId(), seq, v.status(), v.leadAgency(), v.facts(), v.subject(), v.consent(),
                    v.consentWithdrawn(), v.consentOverrides(), v.referrals(), notes, v.transferTarget(), v.openedAt(), at,
                    v.subjectErased(), v.breakGlass());
        } else if (event instanceof ReferralRequestedEvent e) {
            List<ReferralView> referrals = new ArrayList<>(v.referrals());
            referrals.add(new ReferralView(e.referralId(), e.fromAgency(), e.toAgency(), e.serviceType(), e.urgency(),
                    ReferralStatus.REQUESTED, e.note(), at, e.decisionDueAt(), null, null, null, null, null, null, List.of()));
            v = withReferrals(v, seq, at, referrals);
        } else if (event instanceof ReferralAcceptedEvent e) {
            v = referral(v, seq, at, e.referralId(), r -> copy(r, ReferralStatus.ACCEPTED, e.firstServiceDueAt(), at, null,
                    null, null, null));
        } else if (event instanceof ReferralDeclinedEvent e) {
            v = referral(v, seq, at, e.referralId(), r -> copy(r, ReferralStatus.DECLINED, null, at, at, null,
                    e.reasonCode(), e.reason()));
        } else if (event instanceof ReferralServiceStartedEvent e) {
            v = referral(v, seq, at, e.referralId(), r -> copy(r, ReferralStatus.IN_PROGRESS, null, null, null, null, null, null));
        } else if (event instanceof ReferralCompletedEvent e) {
            v = referral(v, seq, at, e.referralId(), r -> copy(r, ReferralStatus.COMPLETED, null, null, at, e.outcome(), null, null));
        } else if (event instanceof ReferralFailedEvent e) {
            v = referral(v, seq, at, e.referralId(), r -> copy(r, ReferralStatus.FAILED, null, null, at, null, null, e.reason()));
        } else if (event instanceof ReferralWithdrawnEvent e) {
            v = referral(v, seq, at, e.referralId(), r -> copy(r, ReferralStatus.WITHDRAWN, null, null, at, null, null, e.reason()));
        } else if (event instanceof ReferralEscalatedEvent e) {
            v = referral(v, seq, at, e.referralId(), r -> {
                List<SlaDeadline> escalations = new ArrayList<>(r.escalations());
                escalations.add(e.deadline());
                return new ReferralView(r.referralId(), r.fromAgency(), r.toAgency(), r.serviceType(), r.urgency(),
                        r.status(), r.note(), r.requestedAt(), r.decisionDueAt(), r.firstServiceDueAt(), r.decidedAt(),
                        r.closedAt(), r.outcome(), r.declineReasonCode(), r.reason(), escalations);
            });
        } else if (event instanceof LeadTransferRequestedEvent e) {
            v = state(v, seq, at, v.status(), v.leadAgency(), e.toAgency());
        } else if (event instanceof LeadTransferAcceptedEvent e) {
            v = state(v, seq, at, v.status(), e.toAgency(), null);
        } else if (event instanceof LeadTransferDeclinedEvent) {
            v = state(v, seq, at, v.status(), v.leadAgency(), null);
        } else if (event instanceof CaseClosedEvent) {
            v = state(v, seq, at, CaseStatus.CLOSED, v.leadAgency(), v.transferTarget());
        } else if (event instanceof CaseReopenedEvent) {
            v = state(v, seq, at, CaseStatus.OPEN, v.leadAgency(), v.transferTarget());
        } else if (event instanceof SubjectErasedEvent) {
            v = erased(v, seq, at);
        } else if (event instanceof BreakGlassGrantedEvent e) {
            List<BreakGlassView> grants = new ArrayList<>(v.breakGlass());
            grants.add(new BreakGlassView(e.grantId(), e.stamp().actor().staffId(), e.reason(), at, e.expiresAt()));
            v = new CaseView(v.caseId(), seq, v.status(), v.leadAgency(), v.facts(), v.subject(), v.consent(),
                    v.consentWithdrawn(), v.consentOverrides(), v.referrals(), v.notes(), v.transferTarget(),
                    v.openedAt(), at, v.subjectErased(), grants);
        }
        return v;
    }

    /**
     * The key is gone, so the ciphertexts are useless: the view drops the subject and the note texts. A referral's
     * note, reason and outcome stay as (unopenable) ciphertext, so that "there was one" still shows as erased.
     */
    private static CaseView erased(CaseView v, long seq, Instant at) {
        List<NoteView> notes = v.notes().stream().map(n -> new NoteView(n.noteId(), n.authorAgency(), n.author(),
                n.visibility(), null, n.at())).toList();
        return new CaseView(v.caseId(), seq, v.status(), v.leadAgency(), v.facts(), null, v.consent(),
                v.consentWithdrawn(), v.consentOverrides(), v.referrals(), notes, v.transferTarget(), v.openedAt(), at,
                true, v.breakGlass());
    }

    private static CaseView with(CaseView v, long seq, Instant at, Consent consent, boolean withdrawn,
                                 Set<org.setu.kernel.common.AgencyId> overrides) {
        return new CaseView(v.caseId(), seq, v.status(), v.leadAgency(), v.facts(), v.subject(), consent, withdrawn,
                overrides, v.referrals(), v.notes(), v.transferTarget(), v.openedAt(), at, v.subjectErased(), v.breakGlass());
    }

    private static CaseView withReferrals(CaseView v, long seq, Instant at, List<ReferralView> referrals) {
        return new CaseView(v.caseId(), seq, v.status(), v.leadAgency(), v.facts(), v.subject(), v.consent(),
                v.consentWithdrawn(), v.consentOverrides(), referrals, v.notes(), v.transferTarget(), v.openedAt(), at,
                v.subjectErased(), v.breakGlass());
    }

    private static CaseView state(CaseView v, long seq, Instant at, CaseStatus status,
                                  org.setu.kernel.common.AgencyId lead, org.setu.kernel.common.AgencyId target) {
        return new CaseView(v.caseId(), seq, status, lead, v.facts(), v.subject(), v.consent(), v.consentWithdrawn(),
                v.consentOverrides(), v.referrals(), v.notes(), target, v.openedAt(), at, v.subjectErased(), v.breakGlass());
    }

    private static CaseView referral(CaseView v, long seq, Instant at, ReferralId id, UnaryOperator<ReferralView> change) {
        List<ReferralView> referrals = new ArrayList<>();
        for (ReferralView r : v.referrals()) {
            referrals.add(r.referralId().equals(id) ? change.apply(r) : r);
        }
        return withReferrals(v, seq, at, referrals);
    }

    private static ReferralView copy(ReferralView r, ReferralStatus status, Instant firstServiceDueAt, Instant decidedAt,
                                     Instant closedAt, org.setu.kernel.privacy.Sealed outcome, DeclineReason code,
                                     org.setu.kernel.privacy.Sealed reason) {
        return new ReferralView(r.referralId(), r.fromAgency(), r.toAgency(), r.serviceType(), r.urgency(), status,
                r.note(), r.requestedAt(), r.decisionDueAt(),
                firstServiceDueAt != null ? firstServiceDueAt : r.firstServiceDueAt(),
                decidedAt != null ? decidedAt : r.decidedAt(), closedAt != null ? closedAt : r.closedAt(),
                outcome != null ? outcome : r.outcome(), code != null ? code : r.declineReasonCode(),
                reason != null ? reason : r.reason(), r.escalations());
    }
}
