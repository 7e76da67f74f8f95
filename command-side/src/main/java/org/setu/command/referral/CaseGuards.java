package org.setu.command.referral;

import org.setu.command.agency.AgencyListing;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;

import java.util.Collection;
import java.util.List;

/** The refusals the case rules share: each turns a question to {@link CaseState} into a named refusal. */
final class CaseGuards {

    private CaseGuards() {
    }

    /** Need-to-know: only agencies on the case work on it ({@link CaseState#onCase}, the kernel's one policy). */
    static void requireOnCase(CaseState state, Actor actor, String action) {
        if (!state.onCase(actor.agency())) {
            throw new ForbiddenActionException(ErrorCode.NOT_ON_CASE, action + " is for agencies on the case");
        }
    }

    static void requireLeadAgency(CaseState state, Actor actor, String action) {
        if (!actor.actsFor(state.lead())) {
            throw new ForbiddenActionException(ErrorCode.NOT_LEAD_AGENCY,
                    action + " is for the lead agency " + state.lead());
        }
    }

    static void requireLeadStaff(CaseState state, Actor actor, String action, Role... roles) {
        requireLeadStaff(state, actor, action, List.of(roles));
    }

    static void requireLeadStaff(CaseState state, Actor actor, String action, Collection<Role> roles) {
        requireLeadAgency(state, actor, action);
        actor.requireRole(action, roles);
    }

    /** Consent gates sharing: a referral or the lead goes only to an agency the subject agreed to, or overridden. */
    static void requireWithinConsent(CaseState state, AgencyListing receiver) {
        if (!state.consentAllows(receiver.agencyId(), receiver.type())) {
            throw new RuleViolationException(ErrorCode.OUTSIDE_CONSENT, "The subject has not consented to sharing with '"
                    + receiver.agencyId() + "'; a FOCAL_POINT of the lead agency may record an override with a reason");
        }
    }

    static void requireTransferTarget(CaseState state, Actor actor, String action) {
        if (state.transferTarget() == null) {
            throw new RuleViolationException(ErrorCode.NO_TRANSFER_PENDING, "No lead transfer is pending");
        }
        if (!actor.actsFor(state.transferTarget())) {
            throw new ForbiddenActionException(ErrorCode.NOT_TRANSFER_TARGET,
                    action + " is for '" + state.transferTarget() + "'");
        }
        actor.requireRole(action, Role.FOCAL_POINT);
    }

    /** Once the key is destroyed nothing new can be sealed for the subject, and there is nothing left to open. */
    static void requireSubjectKept(CaseState state, String what) {
        if (state.subjectErased()) {
            throw new RuleViolationException(ErrorCode.SUBJECT_ERASED,
                    what + " is refused: the subject of case " + state.caseId() + " was erased");
        }
    }
}
