package org.setu.kernel.query;

import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.DeclineReason;
import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.SlaDeadline;
import org.setu.kernel.referral.Urgency;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** A {@link ReferralView} while one of its withers changes it (as {@link CaseViewDraft} is for the case). */
final class ReferralViewDraft {

    ReferralId referralId;
    AgencyId fromAgency;
    AgencyId toAgency;
    ServiceType serviceType;
    Urgency urgency;
    ReferralStatus status;
    Sealed note;
    Instant requestedAt;
    Instant decisionDueAt;
    Instant firstServiceDueAt;
    Instant decidedAt;
    Instant closedAt;
    Sealed outcome;
    DeclineReason declineReasonCode;
    Sealed reason;
    List<SlaDeadline> escalations;

    private ReferralViewDraft(ReferralView r) {
        referralId = r.referralId();
        fromAgency = r.fromAgency();
        toAgency = r.toAgency();
        serviceType = r.serviceType();
        urgency = r.urgency();
        status = r.status();
        note = r.note();
        requestedAt = r.requestedAt();
        decisionDueAt = r.decisionDueAt();
        firstServiceDueAt = r.firstServiceDueAt();
        decidedAt = r.decidedAt();
        closedAt = r.closedAt();
        outcome = r.outcome();
        declineReasonCode = r.declineReasonCode();
        reason = r.reason();
        escalations = r.escalations();
    }

    static ReferralView change(ReferralView referral, Consumer<ReferralViewDraft> change) {
        ReferralViewDraft d = new ReferralViewDraft(referral);
        change.accept(d);
        return new ReferralView(d.referralId, d.fromAgency, d.toAgency, d.serviceType, d.urgency, d.status, d.note,
                d.requestedAt, d.decisionDueAt, d.firstServiceDueAt, d.decidedAt, d.closedAt, d.outcome,
                d.declineReasonCode, d.reason, d.escalations);
    }

    /** A value the event leaves out keeps the one before (as the view always has). */
    static <T> T or(T given, T before) {
        return given != null ? given : before;
    }
}
