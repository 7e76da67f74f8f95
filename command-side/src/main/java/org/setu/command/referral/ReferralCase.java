package org.setu.command.referral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.setu.command.agency.AgencyDirectory;
import org.setu.command.agency.AgencyListing;
import org.setu.command.common.RecentCommands;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.privacy.BreakGlassCommand;
import org.setu.kernel.privacy.EraseSubjectCommand;
import org.setu.kernel.referral.*;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A shared referral case: its lead agency, consent, notes and referrals. The rules of who may do what live here;
 * handler methods guard, then apply; event-sourcing handlers only assign state.
 */
public class ReferralCase {

    @AggregateIdentifier
    private CaseId caseId;
    private AgencyId lead;
    private CaseStatus status;
    private Consent consent = Consent.NONE;
    private final Set<AgencyId> consentOverrides = new HashSet<>();
    private final Map<ReferralId, Referral> referrals = new LinkedHashMap<>();
    private AgencyId transferTarget;
    private final Set<String> escalated = new HashSet<>();
    private final RecentCommands recent = new RecentCommands();
    private boolean subjectErased;

    private static final Set<Class<?>> ALLOWED_WHEN_CLOSED = Set.of(ReopenCaseCommand.class, EraseSubjectCommand.class,
            BreakGlassCommand.class);

    protected ReferralCase() {
    }

    /**
     * Every command to the case: a retry (same command id) had its effect already and is answered as the first time
     * was; any other command needs an open case, except reopening it and the secretariat's privacy actions (retention
     * erases closed cases).
     */
    @CommandHandlerInterceptor
    Object onceAndOpen(CaseCommand cmd, InterceptorChain chain) throws Exception {
        if (recent.contains(cmd.stamp().commandId())) {
            return cmd instanceof RequestReferralCommand request ? request.referralId() : null;
        }
        if (status == CaseStatus.CLOSED && !ALLOWED_WHEN_CLOSED.contains(cmd.getClass())) {
            throw new RuleViolationException(ErrorCode.CASE_CLOSED, "Case " + caseId + " is closed");
        }
        return chain.proceed();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenCaseCommand cmd, AgencyDirectory directory) {
        if (caseId != null) {
            throw new ConflictException(ErrorCode.CASE_ALREADY_EXISTS, "Case " + cmd.caseId() + " exists");
        }
        Actor actor = cmd.stamp().actor();
        actor.requireRole("Opening a case", Role.CASEWORKER);
        directory.requireActive(actor.agency());
        apply(new CaseOpenedEvent(cmd.caseId(), actor.agency(), cmd.facts(), cmd.subject(), cmd.consent(), cmd.stamp()));
    }

    @CommandHandler
    void handle(RecordConsentCommand cmd) {
        requireLeadStaff(cmd.stamp().actor(), "Recording consent", Role.CASEWORKER, Role.FOCAL_POINT);
        apply(new ConsentRecordedEvent(caseId, cmd.consent(), cmd.stamp()));
    }

    @CommandHandler
    void handle(WithdrawConsentCommand cmd) {
        requireLeadStaff(cmd.stamp().actor(), "Withdrawing consent", Role.CASEWORKER, Role.FOCAL_POINT);
        apply(new ConsentWithdrawnEvent(caseId, cmd.reason(), cmd.stamp()));
    }

    @CommandHandler
    void handle(OverrideConsentCommand cmd, AgencyDirectory directory) {
        requireLeadStaff(cmd.stamp().actor(), "Overriding consent", Role.FOCAL_POINT);
        directory.requireActive(cmd.agency());
        apply(new ConsentOverriddenEvent(caseId, cmd.agency(), cmd.reason(), cmd.stamp()));
    }

    @CommandHandler
    void handle(AddNoteCommand cmd) {
        Actor actor = cmd.stamp().actor();
        requireOnCase(actor, "Adding a note");
        actor.requireRole("Adding a note", Role.CASEWORKER, Role.FOCAL_POINT);
        requireSubjectKept("A note");
        apply(new NoteAddedEvent(caseId, cmd.noteId(), actor.agency(), cmd.visibility(), cmd.text(), cmd.stamp()));
    }

    @CommandHandler
    ReferralId handle(RequestReferralCommand cmd, AgencyDirectory directory, SlaPolicy sla, DeadlineManager deadlines) {
        Actor actor = cmd.stamp().actor();
        requireOnCase(actor, "Requesting a referral");
        actor.requireRole("Requesting a referral", Role.CASEWORKER, Role.FOCAL_POINT);
        if (actor.actsFor(cmd.toAgency())) {
            throw new RuleViolationException(ErrorCode.REFERRAL_TO_OWN_AGENCY, "An agency cannot refer a case to itself");
        }
        if (referrals.containsKey(cmd.referralId())) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "Referral " + cmd.referralId() + " exists");
        }
        AgencyListing receiver = directory.requireActive(cmd.toAgency());
        if (!receiver.services().contains(cmd.serviceType())) {
            throw new RuleViolationException(ErrorCode.SERVICE_NOT_OFFERED,
                    "Agency '" + cmd.toAgency() + "' does not offer " + cmd.serviceType());
        }
        requireWithinConsent(receiver);
        if (cmd.note() != null) {
            requireSubjectKept("A referral note");
        }
        boolean duplicate = referrals.values().stream().anyMatch(r -> r.status().isActive()
                && r.to().equals(cmd.toAgency()) && r.serviceType() == cmd.serviceType());
        if (duplicate) {
            throw new RuleViolationException(ErrorCode.DUPLICATE_ACTIVE_REFERRAL,
                    "An active referral to '" + cmd.toAgency() + "' for " + cmd.serviceType() + " exists already");
        }
        Instant due = cmd.stamp().at().plus(sla.limit(SlaDeadline.DECISION, cmd.serviceType(), cmd.urgency()));
        apply(new ReferralRequestedEvent(caseId, cmd.referralId(), actor.agency(), cmd.toAgency(), cmd.serviceType(),
                cmd.urgency(), cmd.note(), due, cmd.stamp()));
        schedule(deadlines, cmd.referralId(), SlaDeadline.DECISION, due);
        return cmd.referralId();
    }

    @CommandHandler
    void handle(AcceptReferralCommand cmd, SlaPolicy sla, DeadlineManager deadlines) {
        Referral referral = referral(cmd.referralId());
        referral.requireReceivingStaff(cmd.stamp().actor(), "Accepting", Role.FOCAL_POINT);
        referral.requireStatus("Accepting", ReferralStatus.REQUESTED);
        Instant due = cmd.stamp().at().plus(sla.limit(SlaDeadline.FIRST_SERVICE, referral.serviceType(), referral.urgency()));
        apply(new ReferralAcceptedEvent(caseId, referral.id(), due, cmd.stamp()));
        cancel(deadlines, referral.id(), SlaDeadline.DECISION);
        schedule(deadlines, referral.id(), SlaDeadline.FIRST_SERVICE, due);
    }

    @CommandHandler
    void handle(DeclineReferralCommand cmd, DeadlineManager deadlines) {
        Referral referral = referral(cmd.referralId());
        referral.requireReceivingStaff(cmd.stamp().actor(), "Declining", Role.FOCAL_POINT);
        referral.requireStatus("Declining", ReferralStatus.REQUESTED);
        apply(new ReferralDeclinedEvent(caseId, referral.id(), cmd.reasonCode(), cmd.reason(), cmd.stamp()));
        cancel(deadlines, referral.id(), SlaDeadline.DECISION);
    }

    @CommandHandler
    void handle(StartServiceCommand cmd, DeadlineManager deadlines) {
        Referral referral = referral(cmd.referralId());
        referral.requireReceivingStaff(cmd.stamp().actor(), "Starting the service", Role.CASEWORKER, Role.FOCAL_POINT);
        referral.requireStatus("Starting the service", ReferralStatus.ACCEPTED);
        apply(new ReferralServiceStartedEvent(caseId, referral.id(), cmd.stamp()));
        cancel(deadlines, referral.id(), SlaDeadline.FIRST_SERVICE);
    }

    @CommandHandler
    void handle(CompleteReferralCommand cmd, DeadlineManager deadlines) {
        Referral referral = referral(cmd.referralId());
        referral.requireReceivingStaff(cmd.stamp().actor(), "Completing", Role.CASEWORKER, Role.FOCAL_POINT);
        referral.requireStatus("Completing", ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS);
        apply(new ReferralCompletedEvent(caseId, referral.id(), cmd.outcome(), cmd.stamp()));
        cancel(deadlines, referral.id(), SlaDeadline.FIRST_SERVICE);
    }

    @CommandHandler
    void handle(FailReferralCommand cmd, DeadlineManager deadlines) {
        Referral referral = referral(cmd.referralId());
        referral.requireReceivingStaff(cmd.stamp().actor(), "Failing", Role.CASEWORKER, Role.FOCAL_POINT);
        referral.requireStatus("Failing", ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS);
        apply(new ReferralFailedEvent(caseId, referral.id(), cmd.reason(), cmd.stamp()));
        cancel(deadlines, referral.id(), SlaDeadline.FIRST_SERVICE);
    }

    @CommandHandler
    void handle(WithdrawReferralCommand cmd, DeadlineManager deadlines) {
        Referral referral = referral(cmd.referralId());
        referral.requireReferringStaff(cmd.stamp().actor(), "Withdrawing");
        referral.requireStatus("Withdrawing", ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS);
        apply(new ReferralWithdrawnEvent(caseId, referral.id(), cmd.reason(), cmd.stamp()));
        cancel(deadlines, referral.id(), SlaDeadline.DECISION);
        cancel(deadlines, referral.id(), SlaDeadline.FIRST_SERVICE);
    }

    @CommandHandler
    void handle(RequestLeadTransferCommand cmd, AgencyDirectory directory) {
        requireLeadStaff(cmd.stamp().actor(), "Transferring the lead", Role.FOCAL_POINT);
        if (lead.equals(cmd.toAgency())) {
            throw new RuleViolationException(ErrorCode.ALREADY_LEAD, "'" + lead + "' leads the case already");
        }
        if (transferTarget != null) {
            throw new RuleViolationException(ErrorCode.TRANSFER_PENDING, "A transfer to '" + transferTarget + "' is pending");
        }
        requireWithinConsent(directory.requireActive(cmd.toAgency()));
        apply(new LeadTransferRequestedEvent(caseId, lead, cmd.toAgency(), cmd.reason(), cmd.stamp()));
    }

    @CommandHandler
    void handle(AcceptLeadTransferCommand cmd) {
        requireTransferTarget(cmd.stamp().actor(), "Accepting the lead");
        apply(new LeadTransferAcceptedEvent(caseId, lead, transferTarget, cmd.stamp()));
    }

    @CommandHandler
    void handle(DeclineLeadTransferCommand cmd) {
        requireTransferTarget(cmd.stamp().actor(), "Declining the lead");
        apply(new LeadTransferDeclinedEvent(caseId, lead, transferTarget, cmd.reason(), cmd.stamp()));
    }

    @CommandHandler
    void handle(CloseCaseCommand cmd) {
        requireLeadStaff(cmd.stamp().actor(), "Closing the case", Role.CASEWORKER, Role.FOCAL_POINT);
        long active = referrals.values().stream().filter(r -> r.status().isActive()).count();
        if (active > 0) {
            throw new RuleViolationException(ErrorCode.ACTIVE_REFERRALS,
                    "The case has " + active + " active referral(s): complete, fail or withdraw them first");
        }
        apply(new CaseClosedEvent(caseId, cmd.reason(), cmd.stamp()));
    }

    @CommandHandler
    void handle(ReopenCaseCommand cmd) {
        if (status != CaseStatus.CLOSED) {
            throw new RuleViolationException(ErrorCode.CASE_NOT_CLOSED, "Case " + caseId + " is open");
        }
        requireLeadAgency(cmd.stamp().actor(), "Reopening the case");
        cmd.stamp().actor().requireRole("Reopening the case", Role.CASEWORKER, Role.FOCAL_POINT);
        apply(new CaseReopenedEvent(caseId, cmd.reason(), cmd.stamp()));
    }

    @DeadlineHandler
    void on(ReferralDeadlinePassed passed) {
        Referral referral = referrals.get(passed.referralId());
        ReferralStatus awaited = passed.deadline() == SlaDeadline.DECISION ? ReferralStatus.REQUESTED : ReferralStatus.ACCEPTED;
        boolean already = escalated.contains(passed.referralId() + ":" + passed.deadline());
        if (referral != null && referral.status() == awaited && !already) {
            apply(new ReferralEscalatedEvent(caseId, referral.id(), passed.deadline(), passed.dueAt(), lead, referral.to()));
        }
    }

    private Referral referral(ReferralId id) {
        Referral referral = referrals.get(id);
        if (referral == null) {
            throw new UnknownResourceException(ErrorCode.REFERRAL_NOT_FOUND, "Case " + caseId + " has no referral " + id);
        }
        return referral;
    }

    private void requireWithinConsent(AgencyListing receiver) {
        if (!consent.covers(receiver.agencyId(), receiver.type()) && !consentOverrides.contains(receiver.agencyId())) {
            throw new RuleViolationException(ErrorCode.OUTSIDE_CONSENT, "The subject has not consented to sharing with '"
                    + receiver.agencyId() + "'; a FOCAL_POINT of the lead agency may record an override with a reason");
        }
    }

    private void requireLeadAgency(Actor actor, String action) {
        if (!actor.actsFor(lead)) {
            throw new ForbiddenActionException(ErrorCode.NOT_LEAD_AGENCY, action + " is for the lead agency " + lead);
        }
    }

    private void requireLeadStaff(Actor actor, String action, Role... roles) {
        requireLeadAgency(actor, action);
        actor.requireRole(action, roles);
    }

    private void requireOnCase(Actor actor, String action) {
        boolean receiving = referrals.values().stream().anyMatch(r -> r.status().isActive() && actor.actsFor(r.to()));
        if (!actor.actsFor(lead) && !receiving) {
            throw new ForbiddenActionException(ErrorCode.NOT_ON_CASE, action + " is for agencies on the case");
        }
    }

    private void requireTransferTarget(Actor actor, String action) {
        if (transferTarget == null) {
            throw new RuleViolationException(ErrorCode.NO_TRANSFER_PENDING, "No lead transfer is pending");
        }
        if (!actor.actsFor(transferTarget)) {
            throw new ForbiddenActionException(ErrorCode.NOT_TRANSFER_TARGET, action + " is for '" + transferTarget + "'");
        }
        actor.requireRole(action, Role.FOCAL_POINT);
    }

    @CommandHandler
    void handle(EraseSubjectCommand cmd) {
        cmd.stamp().actor().requireRole("Erasing a subject", Role.SECRETARIAT_ADMIN);
        if (!subjectErased) {
            apply(new SubjectErasedEvent(caseId, cmd.basis(), cmd.reason(), cmd.stamp()));
        }
    }

    @CommandHandler
    void handle(BreakGlassCommand cmd) {
        cmd.stamp().actor().requireRole("Break-glass access", Role.SECRETARIAT_REVIEWER);
        requireSubjectKept("Break-glass access");
        apply(new BreakGlassGrantedEvent(caseId, cmd.grantId(), cmd.reason(), cmd.stamp().at().plus(cmd.duration()),
                cmd.stamp()));
    }

    /** Once the key is destroyed nothing new can be sealed for the subject, and there is nothing left to open. */
    private void requireSubjectKept(String what) {
        if (subjectErased) {
            throw new RuleViolationException(ErrorCode.SUBJECT_ERASED,
                    what + " is refused: the subject of case " + caseId + " was erased");
        }
    }

    private void schedule(DeadlineManager deadlines, ReferralId referral, SlaDeadline kind, Instant due) {
        deadlines.schedule(due, ReferralDeadlinePassed.name(referral, kind), new ReferralDeadlinePassed(referral, kind, due));
    }

    private void cancel(DeadlineManager deadlines, ReferralId referral, SlaDeadline kind) {
        deadlines.cancelAllWithinScope(ReferralDeadlinePassed.name(referral, kind));
    }

    private void remember(Stamp stamp) {
        recent.remember(stamp.commandId());
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent e) {
        caseId = e.caseId();
        lead = e.leadAgency();
        status = CaseStatus.OPEN;
        consent = e.consent();
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ConsentRecordedEvent e) {
        consent = e.consent();
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ConsentWithdrawnEvent e) {
        consent = Consent.NONE;
        consentOverrides.clear();
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ConsentOverriddenEvent e) {
        consentOverrides.add(e.agency());
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(NoteAddedEvent e) {
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ReferralRequestedEvent e) {
        referrals.put(e.referralId(), new Referral(e.referralId(), e.fromAgency(), e.toAgency(), e.serviceType(),
                e.urgency()));
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ReferralAcceptedEvent e) {
        referrals.get(e.referralId()).moveTo(ReferralStatus.ACCEPTED);
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ReferralDeclinedEvent e) {
        referrals.get(e.referralId()).moveTo(ReferralStatus.DECLINED);
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ReferralServiceStartedEvent e) {
        referrals.get(e.referralId()).moveTo(ReferralStatus.IN_PROGRESS);
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ReferralCompletedEvent e) {
        referrals.get(e.referralId()).moveTo(ReferralStatus.COMPLETED);
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ReferralFailedEvent e) {
        referrals.get(e.referralId()).moveTo(ReferralStatus.FAILED);
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ReferralWithdrawnEvent e) {
        referrals.get(e.referralId()).moveTo(ReferralStatus.WITHDRAWN);
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(ReferralEscalatedEvent e) {
        escalated.add(e.referralId() + ":" + e.deadline());
    }

    @EventSourcingHandler
    void on(LeadTransferRequestedEvent e) {
        transferTarget = e.toAgency();
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(LeadTransferAcceptedEvent e) {
        lead = e.toAgency();
        transferTarget = null;
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(LeadTransferDeclinedEvent e) {
        transferTarget = null;
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(CaseClosedEvent e) {
        status = CaseStatus.CLOSED;
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(SubjectErasedEvent e) {
        subjectErased = true;
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(BreakGlassGrantedEvent e) {
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(CaseReopenedEvent e) {
        status = CaseStatus.OPEN;
        remember(e.stamp());
    }
}
