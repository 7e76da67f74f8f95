package org.setu.query.recruitment;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.recruitment.ComplaintView.Step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How each complaint event changes the complaint view, as a plain function. The status follows the write side's
 * state (the view is never the authority); every event adds a step with its actor and time.
 */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    public static ComplaintView apply(ComplaintView v, ComplaintEvent event, long seq, Instant at) {
        if (event instanceof ComplaintFiledEvent e) {
            return new ComplaintView(e.complaintId(), ComplaintStatus.RECEIVED, e.receivingAgency(), Set.of(), e.facts(),
                    e.complainant(), e.consent(), List.of(step("FILED", e.stamp(), null, null, null)), null, 0, false,
                    at, at, seq);
        }
        if (v == null) {
            return null;
        }
        if (event instanceof ComplaintRegisteredEvent e) return moved(v, ComplaintStatus.REGISTERED, "REGISTERED", e.stamp(), null, null, null, seq, at);
        if (event instanceof RecruiterNotifiedEvent e) return moved(v, ComplaintStatus.AGENCY_NOTIFIED, "AGENCY_NOTIFIED", e.stamp(), null, null, null, seq, at);
        if (event instanceof HearingHeldEvent e) return moved(v, ComplaintStatus.HEARING, "HEARING", e.stamp(), e.heldAt(), null, null, seq, at);
        if (event instanceof AwardMadeEvent e) {
            ComplaintStatus next = ComplaintStatus.ofAward(e.amountBdt(), v.paidBdt());
            return with(moved(v, next, "AWARDED", e.stamp(), null, e.amountBdt(), null, seq, at), e.amountBdt(), v.paidBdt());
        }
        if (event instanceof PaymentRecordedEvent e) {
            long paid = v.paidBdt() + e.amountBdt();
            ComplaintStatus next = ComplaintStatus.ofAward(v.awardBdt(), paid);
            return with(moved(v, next, "PAYMENT", e.stamp(), null, e.amountBdt(), null, seq, at), v.awardBdt(), paid);
        }
        if (event instanceof AwardDefaultedEvent e) return moved(v, ComplaintStatus.DEFAULTED, "DEFAULTED", e.stamp(), null, null, e.reason(), seq, at);
        if (event instanceof ComplaintReferredToCourtEvent e) return moved(v, ComplaintStatus.REFERRED_TO_COURT, "REFERRED_TO_COURT", e.stamp(), null, null, e.reason(), seq, at);
        if (event instanceof ComplaintWithdrawnEvent e) return moved(v, ComplaintStatus.WITHDRAWN, "WITHDRAWN", e.stamp(), null, null, e.reason(), seq, at);
        if (event instanceof ComplaintClosedEvent e) return moved(v, ComplaintStatus.CLOSED, "CLOSED", e.stamp(), null, null, e.outcome(), seq, at);
        if (event instanceof ComplaintReopenedEvent e) return moved(v, ComplaintStatus.REOPENED, "REOPENED", e.stamp(), null, null, e.reason(), seq, at);
        if (event instanceof ComplaintEscalatedEvent e) {
            return moved(v, v.status(), "OVERDUE_" + e.deadline(), e.stamp(), null, null, null, seq, at);
        }
        if (event instanceof ComplaintLinkedToCaseEvent e) {
            return moved(v, v.status(), ComplaintView.LINKED_TO_CASE + e.caseId().value(), e.stamp(), null, null, null, seq, at);
        }
        if (event instanceof ComplaintSharedEvent e) {
            Set<AgencyId> shared = new HashSet<>(v.sharedWith());
            shared.add(e.agency());
            ComplaintView m = moved(v, v.status(), "SHARED_WITH_" + e.agency(), e.stamp(), null, null, null, seq, at);
            return new ComplaintView(m.complaintId(), m.status(), m.receivingAgency(), shared, m.facts(), m.complainant(),
                    m.consent(), m.steps(), m.awardBdt(), m.paidBdt(), m.complainantErased(), m.receivedAt(),
                    m.lastActivityAt(), m.version());
        }
        if (event instanceof ComplainantErasedEvent e) {
            ComplaintView m = moved(v, v.status(), "COMPLAINANT_ERASED", e.stamp(), null, null, null, seq, at);
            return new ComplaintView(m.complaintId(), m.status(), m.receivingAgency(), m.sharedWith(), m.facts(), null,
                    m.consent(), m.steps(), m.awardBdt(), m.paidBdt(), true, m.receivedAt(), m.lastActivityAt(),
                    m.version());
        }
        throw new IllegalStateException("No complaint view step for " + event.getClass().getName());
    }

    private static Step step(String what, Stamp stamp, Instant heldAt, Long amount, Sealed reason) {
        return new Step(what, stamp.at(), stamp.actor().agency(), stamp.actor().staffId().value(), heldAt, amount, reason);
    }

    private static ComplaintView moved(ComplaintView v, ComplaintStatus status, String what, Stamp stamp, Instant heldAt,
                                       Long amount, Sealed reason, long seq, Instant at) {
        List<Step> steps = new ArrayList<>(v.steps());
        steps.add(step(what, stamp, heldAt, amount, reason));
        return new ComplaintView(v.complaintId(), status, v.receivingAgency(), v.sharedWith(), v.facts(), v.complainant(),
                v.consent(), steps, v.awardBdt(), v.paidBdt(), v.complainantErased(), v.receivedAt(), at, seq);
    }

    private static ComplaintView with(ComplaintView v, Long award, long paid) {
        return new ComplaintView(v.complaintId(), v.status(), v.receivingAgency(), v.sharedWith(), v.facts(),
                v.complainant(), v.consent(), v.steps(), award, paid, v.complainantErased(), v.receivedAt(),
                v.lastActivityAt(), v.version());
    }
}
