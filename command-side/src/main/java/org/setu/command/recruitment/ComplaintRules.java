package org.setu.command.recruitment;

import org.setu.command.agency.AgencyDirectory;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.recruitment.*;

import java.util.List;
import java.util.Set;

/**
 * The rules of a complaint as one pure function: {@link #decide} takes a command, the complaint as it stands and
 * the lookups it may need, and returns the events, or refuses with a named {@code SetuException}. It reads no clock
 * and makes no ids. Once a complaint has ended (closed, referred to court, withdrawn) only a reopening and the
 * secretariat's erasure are taken; the lifecycle's other steps are in {@link ComplaintSteps}.
 */
final class ComplaintRules {

    /** What a decision may look up: the agency registry and the recruiting agencies and complaints. */
    record Deps(AgencyDirectory directory, RecruitmentLookup recruitment) {
    }

    static final Set<Class<? extends ComplaintCommand>> ALLOWED_WHEN_ENDED = Set.of(ReopenComplaintCommand.class,
            EraseComplainantCommand.class);

    private ComplaintRules() {
    }

    static List<ComplaintEvent> decide(ComplaintCommand command, ComplaintState state, Deps deps) {
        if (command instanceof FileComplaintCommand c) return List.of(file(c, state, deps));
        if (state.status().ended() && !ALLOWED_WHEN_ENDED.contains(command.getClass())) {
            throw ComplaintStep.ended(state.progress());
        }
        if (command instanceof EraseComplainantCommand c) return erase(c, state);
        if (command instanceof ShareComplaintCommand c) return share(c, state, deps);
        if (command instanceof LinkComplaintToCaseCommand c) return link(c, state);
        requireReceivingStaff(state, command.stamp().actor());
        return List.of(ComplaintSteps.step(command, state));
    }

    private static ComplaintEvent file(FileComplaintCommand cmd, ComplaintState state, Deps deps) {
        if (state.exists()) {
            throw new ConflictException(ErrorCode.COMPLAINT_ALREADY_EXISTS, "Complaint " + cmd.complaintId() + " exists");
        }
        Actor actor = cmd.stamp().actor();
        actor.requireRole("Filing a complaint", Role.CASE_STAFF);
        deps.directory().requireActive(actor.agency());
        Licence respondent = cmd.facts().recruitingAgency();
        if (!deps.recruitment().licensed(respondent)) {
            throw new UnknownResourceException(ErrorCode.RECRUITING_AGENCY_NOT_FOUND,
                    "No recruiting agency is entered under licence " + respondent);
        }
        return new ComplaintFiledEvent(cmd.complaintId(), actor.agency(), cmd.facts(), cmd.complainant(), cmd.consent(),
                cmd.stamp());
    }

    /** The receiving agency's FOCAL_POINT shares the complaint with an active agency the complainant agreed to. */
    private static List<ComplaintEvent> share(ShareComplaintCommand cmd, ComplaintState state, Deps deps) {
        requireReceivingStaff(state, cmd.stamp().actor());
        cmd.stamp().actor().requireRole("Sharing a complaint", Role.FOCAL_POINT);
        deps.directory().requireActive(cmd.agency());
        if (!state.consent().agencies().contains(cmd.agency())) {
            throw new RuleViolationException(ErrorCode.OUTSIDE_CONSENT,
                    "The complainant has not consented to sharing with '" + cmd.agency() + "'");
        }
        if (state.handles(cmd.agency())) {
            return List.of();
        }
        return List.of(new ComplaintSharedEvent(state.complaintId(), cmd.agency(), cmd.stamp()));
    }

    /** The receiving agency links the complaint to a case of the same person; linking twice changes nothing. */
    private static List<ComplaintEvent> link(LinkComplaintToCaseCommand cmd, ComplaintState state) {
        requireReceivingStaff(state, cmd.stamp().actor());
        if (state.cases().contains(cmd.caseId())) {
            return List.of();
        }
        return List.of(new ComplaintLinkedToCaseEvent(state.complaintId(), cmd.caseId(), cmd.stamp()));
    }

    /** Erasing twice changes nothing: the key is destroyed once. */
    private static List<ComplaintEvent> erase(EraseComplainantCommand cmd, ComplaintState state) {
        cmd.stamp().actor().requireRole("Erasing a complainant", Role.SECRETARIAT_ADMIN);
        if (state.complainantErased()) {
            return List.of();
        }
        return List.of(new ComplainantErasedEvent(state.complaintId(), cmd.basis(), cmd.reason(), cmd.stamp()));
    }

    /** Only the agency that received the complaint moves it on; agencies it was shared with read it. */
    static void requireReceivingStaff(ComplaintState state, Actor actor) {
        if (!actor.actsFor(state.receivingAgency())) {
            throw new ForbiddenActionException(ErrorCode.NOT_RECEIVING_AGENCY_OF_COMPLAINT,
                    "Only '" + state.receivingAgency() + "', which received the complaint, may act on it");
        }
        actor.requireRole("Acting on a complaint", Role.CASE_STAFF);
    }
}
