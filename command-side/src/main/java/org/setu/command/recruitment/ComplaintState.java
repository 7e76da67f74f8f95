package org.setu.command.recruitment;

import org.setu.command.common.Evolution;
import org.setu.command.common.Evolving;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.referral.CaseId;

import java.util.HashSet;
import java.util.Set;

/**
 * What the complaint rules need to know of a complaint, folded from its events by {@link #evolve}: never changed,
 * only replaced. {@link #NONE} is the complaint before it was filed. {@code paidBdt} is the sum of every payment;
 * {@code escalated} the deadlines it has missed (each escalates once); {@code cases} the referral cases it is linked to.
 */
record ComplaintState(ComplaintId complaintId, AgencyId receivingAgency, Set<AgencyId> sharedWith, Licence respondent,
                      ComplaintConsent consent, ComplaintStatus status, boolean recruiterNotified, int hearings,
                      Long awardBdt, long paidBdt, boolean complainantErased, Set<ComplaintDeadline> escalated,
                      Set<CaseId> cases)
        implements Evolving<ComplaintState, ComplaintEvent>, ComplaintParties {

    static final ComplaintState NONE = new ComplaintState(null, null, Set.of(), null, ComplaintConsent.NONE, null,
            false, 0, null, 0, false, Set.of(), Set.of());

    /** Every complaint event, each with how it changes the state; a missing one stops the class from loading. */
    static final Evolution<ComplaintState, ComplaintEvent> EVOLUTION =
            Evolution.<ComplaintState, ComplaintEvent>of(ComplaintEvent.class)
            .on(ComplaintFiledEvent.class, (s, e) -> new ComplaintState(e.complaintId(), e.receivingAgency(), Set.of(),
                    e.facts().recruitingAgency(), e.consent(), ComplaintStatus.RECEIVED, false, 0, null, 0, false, Set.of(),
                    Set.of()))
            .on(ComplaintRegisteredEvent.class, (s, e) -> s.moved(ComplaintStatus.REGISTERED))
            .on(RecruiterNotifiedEvent.class, (s, e) -> s.notified().moved(ComplaintStatus.AGENCY_NOTIFIED))
            .on(HearingHeldEvent.class, (s, e) -> s.heard().moved(ComplaintStatus.HEARING))
            .on(AwardMadeEvent.class, (s, e) -> s.awarded(e.amountBdt()))
            .on(PaymentRecordedEvent.class, (s, e) -> s.paid(e.amountBdt()))
            .on(AwardDefaultedEvent.class, (s, e) -> s.moved(ComplaintStatus.DEFAULTED))
            .on(ComplaintReferredToCourtEvent.class, (s, e) -> s.moved(ComplaintStatus.REFERRED_TO_COURT))
            .on(ComplaintWithdrawnEvent.class, (s, e) -> s.moved(ComplaintStatus.WITHDRAWN))
            .on(ComplaintClosedEvent.class, (s, e) -> s.moved(ComplaintStatus.CLOSED))
            .on(ComplaintReopenedEvent.class, (s, e) -> s.moved(ComplaintStatus.REOPENED))
            .on(ComplaintSharedEvent.class, (s, e) -> s.sharedAlsoWith(e.agency()))
            .on(ComplaintEscalatedEvent.class, (s, e) -> s.escalatedFor(e.deadline()))
            .on(ComplaintLinkedToCaseEvent.class, (s, e) -> s.linkedTo(e.caseId()))
            .on(ComplainantErasedEvent.class, (s, e) -> new ComplaintState(s.complaintId, s.receivingAgency,
                    s.sharedWith, s.respondent, s.consent, s.status, s.recruiterNotified, s.hearings, s.awardBdt,
                    s.paidBdt, true, s.escalated, s.cases))
            .complete();

    ComplaintState {
        sharedWith = Set.copyOf(sharedWith);
        escalated = Set.copyOf(escalated);
        cases = Set.copyOf(cases);
    }

    @Override
    public ComplaintState evolve(ComplaintEvent event) {
        return EVOLUTION.apply(this, event);
    }

    boolean exists() {
        return complaintId != null;
    }

    /** As much as the lifecycle's next step depends on ({@link ComplaintStep}'s conditions). */
    ComplaintProgress progress() {
        return new ComplaintProgress(complaintId, status, recruiterNotified, hearings, awardBdt, paidBdt);
    }

    /** What is still owed on the award (0 without one). */
    long outstandingBdt() {
        return progress().outstandingBdt();
    }

    private ComplaintState moved(ComplaintStatus next) {
        return new ComplaintState(complaintId, receivingAgency, sharedWith, respondent, consent, next,
                recruiterNotified, hearings, awardBdt, paidBdt, complainantErased, escalated, cases);
    }

    private ComplaintState notified() {
        return new ComplaintState(complaintId, receivingAgency, sharedWith, respondent, consent, status, true,
                hearings, awardBdt, paidBdt, complainantErased, escalated, cases);
    }

    private ComplaintState heard() {
        return new ComplaintState(complaintId, receivingAgency, sharedWith, respondent, consent, status,
                recruiterNotified, hearings + 1, awardBdt, paidBdt, complainantErased, escalated, cases);
    }

    /** A new award (after a reopening) keeps what was paid: it is never below it (see the rules). */
    private ComplaintState awarded(long amount) {
        return new ComplaintState(complaintId, receivingAgency, sharedWith, respondent, consent,
                ComplaintStatus.ofAward(amount, paidBdt),
                recruiterNotified, hearings, amount, paidBdt, complainantErased, escalated, cases);
    }

    private ComplaintState paid(long amount) {
        long total = paidBdt + amount;
        return new ComplaintState(complaintId, receivingAgency, sharedWith, respondent, consent,
                ComplaintStatus.ofAward(awardBdt, total),
                recruiterNotified, hearings, awardBdt, total, complainantErased, escalated, cases);
    }

    private ComplaintState escalatedFor(ComplaintDeadline deadline) {
        Set<ComplaintDeadline> next = new HashSet<>(escalated);
        next.add(deadline);
        return new ComplaintState(complaintId, receivingAgency, sharedWith, respondent, consent, status, recruiterNotified,
                hearings, awardBdt, paidBdt, complainantErased, next, cases);
    }

    private ComplaintState linkedTo(CaseId caseId) {
        Set<CaseId> next = new HashSet<>(cases);
        next.add(caseId);
        return new ComplaintState(complaintId, receivingAgency, sharedWith, respondent, consent, status, recruiterNotified,
                hearings, awardBdt, paidBdt, complainantErased, escalated, next);
    }

    private ComplaintState sharedAlsoWith(AgencyId agency) {
        Set<AgencyId> next = new HashSet<>(sharedWith);
        next.add(agency);
        return new ComplaintState(complaintId, receivingAgency, next, respondent, consent, status, recruiterNotified,
                hearings, awardBdt, paidBdt, complainantErased, escalated, cases);
    }
}
