package org.setu.kernel.query;

import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.DeclineReason;
import org.setu.kernel.referral.Parties;
import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.ReferralStep;
import org.setu.kernel.referral.SlaDeadline;
import org.setu.kernel.referral.Urgency;

import java.time.Instant;
import java.util.List;

import static org.setu.kernel.query.ReferralViewDraft.or;

/**
 * A referral as the case view holds it. {@code note}, {@code outcome} and {@code reason} are free text, sealed. Each
 * step of its lifecycle is a wither named after it ({@code r.accepted(due, at)}); {@code at} is when the step happened.
 */
public record ReferralView(ReferralId referralId, AgencyId fromAgency, AgencyId toAgency, ServiceType serviceType,
                           Urgency urgency, ReferralStatus status, Sealed note, Instant requestedAt,
                           Instant decisionDueAt, Instant firstServiceDueAt, Instant decidedAt, Instant closedAt,
                           Sealed outcome, DeclineReason declineReasonCode, Sealed reason,
                           List<SlaDeadline> escalations) implements Parties.Link {

    public ReferralView {
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
    }

    public static ReferralView requested(ReferralId id, AgencyId from, AgencyId to, ServiceType serviceType,
                                         Urgency urgency, Sealed note, Instant at, Instant decisionDueAt) {
        return new ReferralView(id, from, to, serviceType, urgency, ReferralStatus.REQUESTED, note, at, decisionDueAt,
                null, null, null, null, null, null, List.of());
    }

    public ReferralView accepted(Instant firstServiceDue, Instant at) {
        return ReferralViewDraft.change(this, d -> {
            d.status = ReferralStep.ACCEPT.leadsTo();
            d.firstServiceDueAt = or(firstServiceDue, d.firstServiceDueAt);
            d.decidedAt = or(at, d.decidedAt);
        });
    }

    public ReferralView declined(DeclineReason code, Sealed why, Instant at) {
        return ReferralViewDraft.change(this, d -> {
            d.status = ReferralStep.DECLINE.leadsTo();
            d.decidedAt = or(at, d.decidedAt);
            d.declineReasonCode = or(code, d.declineReasonCode);
            ended(d, at, null, why);
        });
    }

    public ReferralView serviceStarted() {
        return ReferralViewDraft.change(this, d -> d.status = ReferralStep.START.leadsTo());
    }

    public ReferralView completed(Sealed result, Instant at) {
        return ReferralViewDraft.change(this, d -> {
            d.status = ReferralStep.COMPLETE.leadsTo();
            ended(d, at, result, null);
        });
    }

    public ReferralView failed(Sealed why, Instant at) {
        return ReferralViewDraft.change(this, d -> {
            d.status = ReferralStep.FAIL.leadsTo();
            ended(d, at, null, why);
        });
    }

    public ReferralView withdrawn(Sealed why, Instant at) {
        return ReferralViewDraft.change(this, d -> {
            d.status = ReferralStep.WITHDRAW.leadsTo();
            ended(d, at, null, why);
        });
    }

    /** A deadline passed while the referral waited for it (the status stays). */
    public ReferralView escalated(SlaDeadline deadline) {
        return ReferralViewDraft.change(this, d -> d.escalations = CaseViewDraft.plus(d.escalations, deadline));
    }

    public boolean overdue() {
        return !escalations.isEmpty() && status.isActive();
    }

    private static void ended(ReferralViewDraft d, Instant at, Sealed result, Sealed why) {
        d.closedAt = or(at, d.closedAt);
        d.outcome = or(result, d.outcome);
        d.reason = or(why, d.reason);
    }
}
