package org.setu.command.referral;

import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.Urgency;

import java.util.Arrays;
import java.util.Objects;

/** One referral of a case: who referred to whom, for what, and where it stands in its lifecycle. */
final class Referral {

    private final ReferralId id;
    private final AgencyId from;
    private final AgencyId to;
    private final ServiceType serviceType;
    private final Urgency urgency;
    private ReferralStatus status = ReferralStatus.REQUESTED;

    /** For reading the case's snapshot only (its fields are then set one by one). */
    @SuppressWarnings("unused")
    private Referral() {
        this(null, null, null, null, null);
    }

    Referral(ReferralId id, AgencyId from, AgencyId to, ServiceType serviceType, Urgency urgency) {
        this.id = id;
        this.from = from;
        this.to = to;
        this.serviceType = serviceType;
        this.urgency = urgency;
    }

    ReferralId id() {
        return id;
    }

    AgencyId from() {
        return from;
    }

    AgencyId to() {
        return to;
    }

    ServiceType serviceType() {
        return serviceType;
    }

    Urgency urgency() {
        return urgency;
    }

    ReferralStatus status() {
        return status;
    }

    void moveTo(ReferralStatus next) {
        status = next;
    }

    /** Only the receiving agency's staff with one of these roles may act. */
    void requireReceivingStaff(Actor actor, String action, Role... roles) {
        if (!actor.actsFor(to)) {
            throw new ForbiddenActionException(ErrorCode.NOT_RECEIVING_AGENCY,
                    action + " on referral " + id + " is for the receiving agency " + to);
        }
        actor.requireRole(action, roles);
    }

    void requireReferringStaff(Actor actor, String action) {
        if (!actor.actsFor(from)) {
            throw new ForbiddenActionException(ErrorCode.NOT_REFERRING_AGENCY,
                    action + " on referral " + id + " is for the referring agency " + from);
        }
        actor.requireRole(action, Role.CASEWORKER, Role.FOCAL_POINT);
    }

    void requireStatus(String action, ReferralStatus... allowed) {
        if (Arrays.stream(allowed).noneMatch(s -> s == status)) {
            throw new RuleViolationException(ErrorCode.INVALID_TRANSITION, action + " is not possible: referral " + id
                    + " is " + status + " (allowed from " + Arrays.toString(allowed) + ")");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Referral r && id.equals(r.id) && from.equals(r.from) && to.equals(r.to)
                && serviceType == r.serviceType && urgency == r.urgency && status == r.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, from, to, serviceType, urgency, status);
    }
}
