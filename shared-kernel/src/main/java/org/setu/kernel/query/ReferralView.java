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

/** A referral as the case view holds it. {@code note}, {@code outcome} and {@code reason} are free text, sealed. */
public record ReferralView(ReferralId referralId, AgencyId fromAgency, AgencyId toAgency, ServiceType serviceType,
                           Urgency urgency, ReferralStatus status, Sealed note, Instant requestedAt,
                           Instant decisionDueAt, Instant firstServiceDueAt, Instant decidedAt, Instant closedAt,
                           Sealed outcome, DeclineReason declineReasonCode, Sealed reason,
                           List<SlaDeadline> escalations) {

    public ReferralView {
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
    }

    public boolean overdue() {
        return !escalations.isEmpty() && status.isActive();
    }
}
