package org.setu.command.referral;

import org.setu.command.agency.AgencyListing;
import org.setu.command.referral.DeadlineIntent.Cancel;
import org.setu.command.referral.DeadlineIntent.Schedule;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.referral.*;

import java.time.Instant;
import java.util.Optional;

import static org.setu.command.referral.CaseGuards.requireOnCase;
import static org.setu.command.referral.CaseGuards.requireSubjectKept;
import static org.setu.command.referral.CaseGuards.requireWithinConsent;
import static org.setu.kernel.referral.SlaDeadline.DECISION;
import static org.setu.kernel.referral.SlaDeadline.FIRST_SERVICE;

/**
 * The rules of one referral, part of {@link CaseRules#decide}: who moves it along its lifecycle, and the SLA
 * deadlines each step starts or meets (decision 0003). Pure, like the rest of the case rules.
 */
final class ReferralRules {

    private ReferralRules() {
    }

    static Decision request(RequestReferralCommand cmd, CaseState state, CaseRules.Deps deps) {
        Actor actor = cmd.stamp().actor();
        requireOnCase(state, actor, "Requesting a referral");
        actor.requireRole("Requesting a referral", Role.CASE_STAFF);
        if (actor.actsFor(cmd.toAgency())) {
            throw new RuleViolationException(ErrorCode.REFERRAL_TO_OWN_AGENCY, "An agency cannot refer a case to itself");
        }
        if (state.referrals().containsKey(cmd.referralId())) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "Referral " + cmd.referralId() + " exists");
        }
        AgencyListing receiver = deps.directory().requireActive(cmd.toAgency());
        if (!receiver.services().contains(cmd.serviceType())) {
            throw new RuleViolationException(ErrorCode.SERVICE_NOT_OFFERED,
                    "Agency '" + cmd.toAgency() + "' does not offer " + cmd.serviceType());
        }
        requireWithinConsent(state, receiver);
        if (cmd.note() != null) {
            requireSubjectKept(state, "A referral note");
        }
        boolean duplicate = state.referrals().values().stream().anyMatch(r -> r.isActive()
                && r.to().equals(cmd.toAgency()) && r.serviceType() == cmd.serviceType());
        if (duplicate) {
            throw new RuleViolationException(ErrorCode.DUPLICATE_ACTIVE_REFERRAL,
                    "An active referral to '" + cmd.toAgency() + "' for " + cmd.serviceType() + " exists already");
        }
        Instant due = cmd.stamp().at().plus(deps.sla().limit(DECISION, cmd.serviceType(), cmd.urgency()));
        return Decision.of(new ReferralRequestedEvent(state.caseId(), cmd.referralId(), actor.agency(), cmd.toAgency(),
                cmd.serviceType(), cmd.urgency(), cmd.note(), due, cmd.stamp()),
                new Schedule(cmd.referralId(), DECISION, due));
    }

    static Decision accept(AcceptReferralCommand cmd, CaseState state, CaseRules.Deps deps) {
        Referral referral = state.referral(cmd.referralId());
        referral.require(ReferralStep.ACCEPT, cmd.stamp().actor());
        Instant due = cmd.stamp().at().plus(deps.sla().limit(FIRST_SERVICE, referral.serviceType(), referral.urgency()));
        return Decision.of(new ReferralAcceptedEvent(state.caseId(), referral.id(), due, cmd.stamp()),
                new Cancel(referral.id(), DECISION), new Schedule(referral.id(), FIRST_SERVICE, due));
    }

    static Decision decline(DeclineReferralCommand cmd, CaseState state) {
        Referral referral = state.referral(cmd.referralId());
        referral.require(ReferralStep.DECLINE, cmd.stamp().actor());
        return Decision.of(new ReferralDeclinedEvent(state.caseId(), referral.id(), cmd.reasonCode(), cmd.reason(),
                cmd.stamp()), new Cancel(referral.id(), DECISION));
    }

    static Decision startService(StartServiceCommand cmd, CaseState state) {
        Referral referral = state.referral(cmd.referralId());
        referral.require(ReferralStep.START, cmd.stamp().actor());
        return Decision.of(new ReferralServiceStartedEvent(state.caseId(), referral.id(), cmd.stamp()),
                new Cancel(referral.id(), FIRST_SERVICE));
    }

    static Decision complete(CompleteReferralCommand cmd, CaseState state) {
        Referral referral = state.referral(cmd.referralId());
        referral.require(ReferralStep.COMPLETE, cmd.stamp().actor());
        return Decision.of(new ReferralCompletedEvent(state.caseId(), referral.id(), cmd.outcome(), cmd.stamp()),
                new Cancel(referral.id(), FIRST_SERVICE));
    }

    static Decision fail(FailReferralCommand cmd, CaseState state) {
        Referral referral = state.referral(cmd.referralId());
        referral.require(ReferralStep.FAIL, cmd.stamp().actor());
        return Decision.of(new ReferralFailedEvent(state.caseId(), referral.id(), cmd.reason(), cmd.stamp()),
                new Cancel(referral.id(), FIRST_SERVICE));
    }

    static Decision withdraw(WithdrawReferralCommand cmd, CaseState state) {
        Referral referral = state.referral(cmd.referralId());
        referral.require(ReferralStep.WITHDRAW, cmd.stamp().actor());
        return Decision.of(new ReferralWithdrawnEvent(state.caseId(), referral.id(), cmd.reason(), cmd.stamp()),
                new Cancel(referral.id(), DECISION), new Cancel(referral.id(), FIRST_SERVICE));
    }

    /**
     * A deadline that fired: it escalates once, and only while the referral still waits for it (one that moved on
     * met it, even if the cancellation came too late).
     */
    static Optional<ReferralEscalatedEvent> escalation(ReferralDeadlinePassed passed, CaseState state) {
        Referral referral = state.referrals().get(passed.referralId());
        if (referral == null || !referral.missed(passed.deadline())) {
            return Optional.empty();
        }
        return Optional.of(new ReferralEscalatedEvent(state.caseId(), referral.id(), passed.deadline(), passed.dueAt(),
                state.lead(), referral.to()));
    }
}
