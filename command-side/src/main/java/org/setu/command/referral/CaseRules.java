package org.setu.command.referral;

import org.setu.command.agency.AgencyDirectory;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.privacy.BreakGlassCommand;
import org.setu.kernel.privacy.EraseSubjectCommand;
import org.setu.kernel.referral.*;

import java.util.Set;

import static org.setu.command.referral.CaseGuards.requireLeadAgency;
import static org.setu.command.referral.CaseGuards.requireLeadStaff;
import static org.setu.command.referral.CaseGuards.requireOnCase;
import static org.setu.command.referral.CaseGuards.requireSubjectKept;
import static org.setu.command.referral.CaseGuards.requireTransferTarget;
import static org.setu.command.referral.CaseGuards.requireWithinConsent;

/**
 * The rules of a referral case as one pure function: {@link #decide} takes a command, the case as it stands and the
 * lookups it may need, and returns the events and deadlines, or refuses with a named {@code SetuException}. It
 * reads no clock and makes no ids: time, ids and the actor arrive in the command's stamp. The referral commands'
 * rules are in {@link ReferralRules}.
 */
final class CaseRules {

    /** What a decision may look up: the agency registry and the SLA limits. */
    record Deps(AgencyDirectory directory, SlaPolicy sla) {
    }

    /** A closed case still takes reopening, and the secretariat's privacy actions (retention erases closed cases). */
    static final Set<Class<? extends CaseCommand>> ALLOWED_WHEN_CLOSED = Set.of(ReopenCaseCommand.class,
            EraseSubjectCommand.class, BreakGlassCommand.class);

    private CaseRules() {
    }

    static Decision decide(CaseCommand command, CaseState state, Deps deps) {
        if (state.isClosed() && !ALLOWED_WHEN_CLOSED.contains(command.getClass())) {
            throw new RuleViolationException(ErrorCode.CASE_CLOSED, "Case " + state.caseId() + " is closed");
        }
        if (command instanceof OpenCaseCommand c) return open(c, state, deps);
        if (command instanceof RecordConsentCommand c) return recordConsent(c, state);
        if (command instanceof WithdrawConsentCommand c) return withdrawConsent(c, state);
        if (command instanceof OverrideConsentCommand c) return overrideConsent(c, state, deps);
        if (command instanceof AddNoteCommand c) return addNote(c, state);
        if (command instanceof RequestReferralCommand c) return ReferralRules.request(c, state, deps);
        if (command instanceof AcceptReferralCommand c) return ReferralRules.accept(c, state, deps);
        if (command instanceof DeclineReferralCommand c) return ReferralRules.decline(c, state);
        if (command instanceof StartServiceCommand c) return ReferralRules.startService(c, state);
        if (command instanceof CompleteReferralCommand c) return ReferralRules.complete(c, state);
        if (command instanceof FailReferralCommand c) return ReferralRules.fail(c, state);
        if (command instanceof WithdrawReferralCommand c) return ReferralRules.withdraw(c, state);
        if (command instanceof RequestLeadTransferCommand c) return requestLeadTransfer(c, state, deps);
        if (command instanceof AcceptLeadTransferCommand c) return acceptLeadTransfer(c, state);
        if (command instanceof DeclineLeadTransferCommand c) return declineLeadTransfer(c, state);
        if (command instanceof CloseCaseCommand c) return close(c, state);
        if (command instanceof ReopenCaseCommand c) return reopen(c, state);
        if (command instanceof EraseSubjectCommand c) return erase(c, state);
        if (command instanceof BreakGlassCommand c) return breakGlass(c, state);
        throw new IllegalArgumentException("No case rule decides " + command.getClass().getName());
    }

    private static Decision open(OpenCaseCommand cmd, CaseState state, Deps deps) {
        if (state.exists()) {
            throw new ConflictException(ErrorCode.CASE_ALREADY_EXISTS, "Case " + cmd.caseId() + " exists");
        }
        Actor actor = cmd.stamp().actor();
        actor.requireRole("Opening a case", Role.CASEWORKER);
        deps.directory().requireActive(actor.agency());
        return Decision.of(new CaseOpenedEvent(cmd.caseId(), actor.agency(), cmd.facts(), cmd.subject(), cmd.consent(),
                cmd.stamp()));
    }

    private static Decision recordConsent(RecordConsentCommand cmd, CaseState state) {
        requireLeadStaff(state, cmd.stamp().actor(), "Recording consent", Role.CASE_STAFF);
        return Decision.of(new ConsentRecordedEvent(state.caseId(), cmd.consent(), cmd.stamp()));
    }

    private static Decision withdrawConsent(WithdrawConsentCommand cmd, CaseState state) {
        requireLeadStaff(state, cmd.stamp().actor(), "Withdrawing consent", Role.CASE_STAFF);
        return Decision.of(new ConsentWithdrawnEvent(state.caseId(), cmd.reason(), cmd.stamp()));
    }

    private static Decision overrideConsent(OverrideConsentCommand cmd, CaseState state, Deps deps) {
        requireLeadStaff(state, cmd.stamp().actor(), "Overriding consent", Role.FOCAL_POINT);
        deps.directory().requireActive(cmd.agency());
        return Decision.of(new ConsentOverriddenEvent(state.caseId(), cmd.agency(), cmd.reason(), cmd.stamp()));
    }

    private static Decision addNote(AddNoteCommand cmd, CaseState state) {
        Actor actor = cmd.stamp().actor();
        requireOnCase(state, actor, "Adding a note");
        actor.requireRole("Adding a note", Role.CASE_STAFF);
        requireSubjectKept(state, "A note");
        return Decision.of(new NoteAddedEvent(state.caseId(), cmd.noteId(), actor.agency(), cmd.visibility(), cmd.text(),
                cmd.stamp()));
    }

    private static Decision requestLeadTransfer(RequestLeadTransferCommand cmd, CaseState state, Deps deps) {
        requireLeadStaff(state, cmd.stamp().actor(), "Transferring the lead", Role.FOCAL_POINT);
        if (state.lead().equals(cmd.toAgency())) {
            throw new RuleViolationException(ErrorCode.ALREADY_LEAD, "'" + state.lead() + "' leads the case already");
        }
        if (state.transferTarget() != null) {
            throw new RuleViolationException(ErrorCode.TRANSFER_PENDING,
                    "A transfer to '" + state.transferTarget() + "' is pending");
        }
        requireWithinConsent(state, deps.directory().requireActive(cmd.toAgency()));
        return Decision.of(new LeadTransferRequestedEvent(state.caseId(), state.lead(), cmd.toAgency(), cmd.reason(),
                cmd.stamp()));
    }

    private static Decision acceptLeadTransfer(AcceptLeadTransferCommand cmd, CaseState state) {
        requireTransferTarget(state, cmd.stamp().actor(), "Accepting the lead");
        return Decision.of(new LeadTransferAcceptedEvent(state.caseId(), state.lead(), state.transferTarget(),
                cmd.stamp()));
    }

    private static Decision declineLeadTransfer(DeclineLeadTransferCommand cmd, CaseState state) {
        requireTransferTarget(state, cmd.stamp().actor(), "Declining the lead");
        return Decision.of(new LeadTransferDeclinedEvent(state.caseId(), state.lead(), state.transferTarget(),
                cmd.reason(), cmd.stamp()));
    }

    private static Decision close(CloseCaseCommand cmd, CaseState state) {
        requireLeadStaff(state, cmd.stamp().actor(), "Closing the case", Role.CASE_STAFF);
        long active = state.activeReferrals();
        if (active > 0) {
            throw new RuleViolationException(ErrorCode.ACTIVE_REFERRALS,
                    "The case has " + active + " active referral(s): complete, fail or withdraw them first");
        }
        return Decision.of(new CaseClosedEvent(state.caseId(), cmd.reason(), cmd.stamp()));
    }

    private static Decision reopen(ReopenCaseCommand cmd, CaseState state) {
        if (!state.isClosed()) {
            throw new RuleViolationException(ErrorCode.CASE_NOT_CLOSED, "Case " + state.caseId() + " is open");
        }
        requireLeadAgency(state, cmd.stamp().actor(), "Reopening the case");
        cmd.stamp().actor().requireRole("Reopening the case", Role.CASE_STAFF);
        return Decision.of(new CaseReopenedEvent(state.caseId(), cmd.reason(), cmd.stamp()));
    }

    /** Erasing twice changes nothing: the key is destroyed once. */
    private static Decision erase(EraseSubjectCommand cmd, CaseState state) {
        cmd.stamp().actor().requireRole("Erasing a subject", Role.SECRETARIAT_ADMIN);
        if (state.subjectErased()) {
            return Decision.NOTHING;
        }
        return Decision.of(new SubjectErasedEvent(state.caseId(), cmd.basis(), cmd.reason(), cmd.stamp()));
    }

    private static Decision breakGlass(BreakGlassCommand cmd, CaseState state) {
        cmd.stamp().actor().requireRole("Break-glass access", Role.SECRETARIAT_REVIEWER);
        requireSubjectKept(state, "Break-glass access");
        return Decision.of(new BreakGlassGrantedEvent(state.caseId(), cmd.grantId(), cmd.reason(),
                cmd.stamp().at().plus(cmd.duration()), cmd.stamp()));
    }
}
