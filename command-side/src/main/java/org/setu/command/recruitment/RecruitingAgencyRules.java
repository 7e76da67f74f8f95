package org.setu.command.recruitment;

import org.setu.command.recruitment.RecruitingAgencyState.Sanction;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.recruitment.*;

/**
 * The rules of a recruiting agency's record as one pure function: the secretariat enters the agency, its monthly
 * deployments and its sanctions; a sanction cites complaints against this agency; the agency may appeal within
 * {@link RecruitingAgencyState#APPEAL_WINDOW} and the secretariat decides the appeal.
 */
final class RecruitingAgencyRules {

    /** The longest suspension taken (ten years); a longer one is a cancellation. */
    static final int MAX_SUSPENSION_DAYS = 3650;

    private RecruitingAgencyRules() {
    }

    static RecruitingAgencyEvent decide(RecruitingAgencyCommand command, RecruitingAgencyState state,
                                        RecruitmentLookup lookup) {
        if (command instanceof LicenceRecruitingAgencyCommand c) return licence(c, state);
        Actor actor = command.stamp().actor();
        if (command instanceof RecordDeploymentsCommand c) {
            actor.requireRole("Recording deployments", Role.SECRETARIAT_ADMIN);
            return new DeploymentsRecordedEvent(c.licence(), c.month().toString(), c.workers(), c.women(), c.stamp());
        }
        if (command instanceof RegisterSubAgentCommand c) return subAgent(c, state);
        if (command instanceof ImposeSanctionCommand c) return sanction(c, state, lookup);
        if (command instanceof AppealSanctionCommand c) return appeal(c, state);
        if (command instanceof DecideAppealCommand c) return decideAppeal(c, state);
        throw new IllegalArgumentException("No recruiting agency rule decides " + command.getClass().getName());
    }

    private static RecruitingAgencyEvent licence(LicenceRecruitingAgencyCommand cmd, RecruitingAgencyState state) {
        if (state.exists()) {
            throw new ConflictException(ErrorCode.RECRUITING_AGENCY_EXISTS,
                    "A recruiting agency is entered under licence " + cmd.licence() + " already");
        }
        cmd.stamp().actor().requireRole("Entering a recruiting agency", Role.SECRETARIAT_ADMIN);
        return new RecruitingAgencyLicensedEvent(cmd.licence(), cmd.name(), cmd.district(), cmd.stamp());
    }

    /** One registration number once per agency (the authority's own number: a second entry is a mistake). */
    private static RecruitingAgencyEvent subAgent(RegisterSubAgentCommand cmd, RecruitingAgencyState state) {
        cmd.stamp().actor().requireRole("Registering a sub-agent", Role.SECRETARIAT_ADMIN);
        if (state.subAgents().contains(cmd.registration())) {
            throw new ConflictException(ErrorCode.SUB_AGENT_ALREADY_REGISTERED, "Sub-agent " + cmd.registration()
                    + " is registered with " + state.licence() + " already");
        }
        return new SubAgentRegisteredEvent(state.licence(), cmd.registration(), cmd.name(), cmd.district(), cmd.stamp());
    }

    private static RecruitingAgencyEvent sanction(ImposeSanctionCommand cmd, RecruitingAgencyState state,
                                                  RecruitmentLookup lookup) {
        cmd.stamp().actor().requireRole("Imposing a sanction", Role.SECRETARIAT_ADMIN);
        requireShape(cmd);
        if (state.sanctions().containsKey(cmd.sanctionId())) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "Sanction " + cmd.sanctionId() + " exists");
        }
        if (state.status(cmd.stamp().at()) == LicenceStatus.CANCELLED) {
            throw new RuleViolationException(ErrorCode.LICENCE_CANCELLED, "Licence " + state.licence()
                    + " is cancelled: no further sanction applies");
        }
        for (ComplaintId cited : cmd.complaintIds()) {
            if (!lookup.respondentOf(cited).map(state.licence()::equals).orElse(false)) {
                throw new RuleViolationException(ErrorCode.SANCTION_CITES_OTHER_COMPLAINT,
                        "Complaint " + cited + " is not a complaint against " + state.licence());
            }
        }
        return new SanctionImposedEvent(state.licence(), cmd.sanctionId(), cmd.kind(), cmd.reason(), cmd.amountBdt(),
                cmd.suspensionDays(), cmd.complaintIds(), cmd.stamp());
    }

    /** A fine has an amount and only a fine; a suspension has a period and only a suspension; complaints cited. */
    private static void requireShape(ImposeSanctionCommand cmd) {
        boolean fine = cmd.kind() == SanctionKind.FINE;
        if (fine != (cmd.amountBdt() != null) || (fine && cmd.amountBdt() == 0)) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "amountBdt",
                    fine ? "A FINE needs amountBdt above zero" : "Only a FINE has an amountBdt");
        }
        boolean suspension = cmd.kind() == SanctionKind.SUSPENSION;
        Integer days = cmd.suspensionDays();
        if (suspension != (days != null) || (suspension && (days < 1 || days > MAX_SUSPENSION_DAYS))) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "suspensionDays", suspension
                    ? "A SUSPENSION needs suspensionDays from 1 to " + MAX_SUSPENSION_DAYS
                    : "Only a SUSPENSION has suspensionDays");
        }
        if (cmd.complaintIds().isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "complaintIds",
                    "A sanction cites the complaints it answers");
        }
    }

    private static RecruitingAgencyEvent appeal(AppealSanctionCommand cmd, RecruitingAgencyState state) {
        Actor actor = cmd.stamp().actor();
        actor.requireRole("Appealing a sanction", Role.RECRUITER_REPRESENTATIVE, Role.SECRETARIAT_ADMIN);
        if (actor.hasAnyRole(Role.RECRUITER_REPRESENTATIVE) && !actor.actsFor(state.licence().asAgencyId())) {
            throw new ForbiddenActionException(ErrorCode.NOT_AGENCY_MEMBER,
                    "Only the sanctioned agency " + state.licence() + " appeals its sanctions");
        }
        Sanction sanction = sanction(state, cmd.sanctionId());
        if (sanction.appeal() != null) {
            throw new RuleViolationException(ErrorCode.APPEAL_ALREADY_LODGED,
                    "Sanction " + cmd.sanctionId() + " was appealed already");
        }
        if (cmd.stamp().at().isAfter(sanction.imposedAt().plus(RecruitingAgencyState.APPEAL_WINDOW))) {
            throw new RuleViolationException(ErrorCode.APPEAL_TOO_LATE, "An appeal is lodged within "
                    + RecruitingAgencyState.APPEAL_WINDOW.toDays() + " days of the sanction (imposed "
                    + sanction.imposedAt() + ")");
        }
        return new SanctionAppealedEvent(state.licence(), cmd.sanctionId(), cmd.grounds(), cmd.stamp());
    }

    private static RecruitingAgencyEvent decideAppeal(DecideAppealCommand cmd, RecruitingAgencyState state) {
        cmd.stamp().actor().requireRole("Deciding an appeal", Role.SECRETARIAT_ADMIN);
        if (sanction(state, cmd.sanctionId()).appeal() != Sanction.Appeal.LODGED) {
            throw new RuleViolationException(ErrorCode.NO_APPEAL_PENDING,
                    "Sanction " + cmd.sanctionId() + " has no appeal waiting for a decision");
        }
        return new AppealDecidedEvent(state.licence(), cmd.sanctionId(), cmd.outcome(), cmd.reason(), cmd.stamp());
    }

    private static Sanction sanction(RecruitingAgencyState state, SanctionId id) {
        Sanction sanction = state.sanctions().get(id);
        if (sanction == null) {
            throw new UnknownResourceException(ErrorCode.SANCTION_NOT_FOUND,
                    "Licence " + state.licence() + " has no sanction " + id);
        }
        return sanction;
    }
}
