package org.setu.command.referral;

import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.referral.Parties;
import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.referral.ReferralRequestedEvent;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.ReferralStep;
import org.setu.kernel.referral.SlaDeadline;
import org.setu.kernel.referral.Urgency;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * One referral of a case: who referred to whom, for what, where it stands in its lifecycle, when its deadlines are
 * due and which of them escalated. Never changed, only replaced ({@link CaseState#withReferral}).
 */
record Referral(ReferralId id, AgencyId from, AgencyId to, ServiceType serviceType, Urgency urgency,
                ReferralStatus status, Instant decisionDueAt, Instant firstServiceDueAt, Set<SlaDeadline> escalated)
        implements Parties.Link {

    Referral {
        escalated = Set.copyOf(escalated);
    }

    static Referral requested(ReferralRequestedEvent e) {
        return new Referral(e.referralId(), e.fromAgency(), e.toAgency(), e.serviceType(), e.urgency(),
                ReferralStatus.REQUESTED, e.decisionDueAt(), null, Set.of());
    }

    Referral moveTo(ReferralStatus next) {
        return new Referral(id, from, to, serviceType, urgency, next, decisionDueAt, firstServiceDueAt, escalated);
    }

    Referral accepted(Instant firstServiceDue) {
        return new Referral(id, from, to, serviceType, urgency, ReferralStep.ACCEPT.leadsTo(), decisionDueAt, firstServiceDue,
                escalated);
    }

    Referral escalatedFor(SlaDeadline deadline) {
        Set<SlaDeadline> more = EnumSet.of(deadline);
        more.addAll(escalated);
        return new Referral(id, from, to, serviceType, urgency, status, decisionDueAt, firstServiceDueAt, more);
    }

    @Override
    public AgencyId fromAgency() {
        return from;
    }

    @Override
    public AgencyId toAgency() {
        return to;
    }

    boolean isActive() {
        return status.isActive();
    }

    /** The deadline passed while the referral still waited for it, and it has not escalated before. */
    boolean missed(SlaDeadline deadline) {
        ReferralStatus waiting = deadline == SlaDeadline.DECISION ? ReferralStatus.REQUESTED : ReferralStatus.ACCEPTED;
        return status == waiting && !escalated.contains(deadline);
    }

    /**
     * Refuses unless the actor may take the step now ({@link ReferralStep}'s table): staff of the step's side of the
     * referral, with one of its roles, from one of its statuses; checked in that order.
     */
    void require(ReferralStep step, Actor actor) {
        AgencyId agency = step.onItsSide(from, to);
        if (!actor.actsFor(agency)) {
            throw new ForbiddenActionException(step.onItsSide(ErrorCode.NOT_REFERRING_AGENCY, ErrorCode.NOT_RECEIVING_AGENCY),
                    step.action() + " on referral " + id + " is for the " + step.onItsSide("referring", "receiving")
                            + " agency " + agency);
        }
        actor.requireRole(step.action(), step.roles());
        if (!step.isFrom(status)) {
            throw new RuleViolationException(ErrorCode.INVALID_TRANSITION, step.action() + " is not possible: referral "
                    + id + " is " + status + " (allowed from " + Arrays.toString(step.from()) + ")");
        }
    }
}
