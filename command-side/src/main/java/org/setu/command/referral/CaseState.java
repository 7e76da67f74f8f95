package org.setu.command.referral;

import org.setu.command.common.Evolution;
import org.setu.command.common.Evolving;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.referral.*;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the case rules need to know of a case, folded from its events by {@link #evolve}: never changed, only
 * replaced. {@link #NONE} is the case before it was opened.
 */
record CaseState(CaseId caseId, AgencyId lead, CaseStatus status, Consent consent, Set<AgencyId> consentOverrides,
                 Map<ReferralId, Referral> referrals, AgencyId transferTarget, boolean subjectErased)
        implements Evolving<CaseState, CaseEvent>, Parties {

    static final CaseState NONE = new CaseState(null, null, null, Consent.NONE, Set.of(), Map.of(), null, false);

    /** Every case event, each with how it changes the state; a missing one stops the class from loading. */
    static final Evolution<CaseState, CaseEvent> EVOLUTION = Evolution.<CaseState, CaseEvent>of(CaseEvent.class)
            .on(CaseOpenedEvent.class, (s, e) -> new CaseState(e.caseId(), e.leadAgency(), CaseStatus.OPEN, e.consent(),
                    s.consentOverrides, s.referrals, s.transferTarget, s.subjectErased))
            .on(ConsentRecordedEvent.class, (s, e) -> s.withConsent(e.consent(), s.consentOverrides))
            .on(ConsentWithdrawnEvent.class, (s, e) -> s.withConsent(Consent.NONE, Set.of()))
            .on(ConsentOverriddenEvent.class, (s, e) -> s.withConsent(s.consent, with(s.consentOverrides, e.agency())))
            .on(NoteAddedEvent.class, (s, e) -> s)
            .on(ReferralRequestedEvent.class, (s, e) -> s.withReferral(Referral.requested(e)))
            .on(ReferralAcceptedEvent.class, (s, e) ->
                    s.withReferral(s.known(e.referralId()).accepted(e.firstServiceDueAt())))
            .on(ReferralDeclinedEvent.class, (s, e) -> s.moved(e.referralId(), ReferralStep.DECLINE.leadsTo()))
            .on(ReferralServiceStartedEvent.class, (s, e) -> s.moved(e.referralId(), ReferralStep.START.leadsTo()))
            .on(ReferralCompletedEvent.class, (s, e) -> s.moved(e.referralId(), ReferralStep.COMPLETE.leadsTo()))
            .on(ReferralFailedEvent.class, (s, e) -> s.moved(e.referralId(), ReferralStep.FAIL.leadsTo()))
            .on(ReferralWithdrawnEvent.class, (s, e) -> s.moved(e.referralId(), ReferralStep.WITHDRAW.leadsTo()))
            .on(ReferralEscalatedEvent.class, (s, e) -> s.withReferral(s.known(e.referralId()).escalatedFor(e.deadline())))
            .on(LeadTransferRequestedEvent.class, (s, e) -> s.withLead(s.lead, e.toAgency()))
            .on(LeadTransferAcceptedEvent.class, (s, e) -> s.withLead(e.toAgency(), null))
            .on(LeadTransferDeclinedEvent.class, (s, e) -> s.withLead(s.lead, null))
            .on(CaseClosedEvent.class, (s, e) -> s.withStatus(CaseStatus.CLOSED))
            .on(CaseReopenedEvent.class, (s, e) -> s.withStatus(CaseStatus.OPEN))
            .on(SubjectErasedEvent.class, (s, e) -> new CaseState(s.caseId, s.lead, s.status, s.consent,
                    s.consentOverrides, s.referrals, s.transferTarget, true))
            .on(BreakGlassGrantedEvent.class, (s, e) -> s)
            .complete();

    CaseState {
        consentOverrides = Set.copyOf(consentOverrides);
        referrals = Map.copyOf(referrals);
    }

    @Override
    public CaseState evolve(CaseEvent event) {
        return EVOLUTION.apply(this, event);
    }

    boolean exists() {
        return caseId != null;
    }

    boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    /** Who is on the case ({@link Parties#onCase}) follows from the lead and these referrals. */
    @Override
    public Collection<Referral> links() {
        return referrals.values();
    }

    /** Consent or override ({@link Consent#allows}) for an agency this case would be shared with. */
    boolean consentAllows(AgencyId agency, AgencyType type) {
        return consent.allows(agency, type, consentOverrides);
    }

    long activeReferrals() {
        return referrals.values().stream().filter(Referral::isActive).count();
    }

    /** The referral, or a refusal naming it. */
    Referral referral(ReferralId id) {
        Referral referral = referrals.get(id);
        if (referral == null) {
            throw new UnknownResourceException(ErrorCode.REFERRAL_NOT_FOUND, "Case " + caseId + " has no referral " + id);
        }
        return referral;
    }

    /** A referral an event names: its absence means a broken stream, never a user's mistake. */
    private Referral known(ReferralId id) {
        Referral referral = referrals.get(id);
        if (referral == null) {
            throw new IllegalStateException("Case " + caseId + " has an event for an unknown referral " + id);
        }
        return referral;
    }

    private CaseState moved(ReferralId id, ReferralStatus next) {
        return withReferral(known(id).moveTo(next));
    }

    private CaseState withReferral(Referral referral) {
        Map<ReferralId, Referral> next = new LinkedHashMap<>(referrals);
        next.put(referral.id(), referral);
        return new CaseState(caseId, lead, status, consent, consentOverrides, next, transferTarget, subjectErased);
    }

    private CaseState withConsent(Consent nextConsent, Set<AgencyId> overrides) {
        return new CaseState(caseId, lead, status, nextConsent, overrides, referrals, transferTarget, subjectErased);
    }

    private CaseState withLead(AgencyId nextLead, AgencyId offeredTo) {
        return new CaseState(caseId, nextLead, status, consent, consentOverrides, referrals, offeredTo, subjectErased);
    }

    private CaseState withStatus(CaseStatus next) {
        return new CaseState(caseId, lead, next, consent, consentOverrides, referrals, transferTarget, subjectErased);
    }

    private static Set<AgencyId> with(Set<AgencyId> agencies, AgencyId more) {
        Set<AgencyId> next = new HashSet<>(agencies);
        next.add(more);
        return next;
    }
}
