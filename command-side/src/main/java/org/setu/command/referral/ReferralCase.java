package org.setu.command.referral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.setu.command.agency.AgencyDirectory;
import org.setu.command.common.DecidingAggregate;
import org.setu.command.referral.DeadlineIntent.Cancel;
import org.setu.command.referral.DeadlineIntent.Schedule;
import org.setu.kernel.privacy.BreakGlassCommand;
import org.setu.kernel.privacy.EraseSubjectCommand;
import org.setu.kernel.referral.*;

/**
 * A shared referral case as Axon sees it: a thin adapter around the pure rules. Each command goes, unless it is a
 * retry, to {@link CaseRules#decide}; the events it returns are applied and folded by {@link CaseState#evolve}, its
 * deadline intents handed to the deadline manager. Every handler takes the same lookups so that each reads as one
 * route; the rules use only those they need.
 *
 * <p>The snapshot is this object (the state and the recent command ids); its {@code @Revision} changes with their
 * shape, and a snapshot of another revision is not read: the case is rebuilt from its events instead.
 */
@Revision("1")
public class ReferralCase extends DecidingAggregate<CaseState, CaseEvent> {

    protected ReferralCase() {
        super(CaseState.NONE);
    }

    @AggregateIdentifier
    CaseId caseId() {
        return state.caseId();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenCaseCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }

    @CommandHandler
    ReferralId handle(RequestReferralCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) {
        run(c, d, s, m);
        return c.referralId();
    }

    @CommandHandler
    void handle(RecordConsentCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(WithdrawConsentCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(OverrideConsentCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(AddNoteCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(AcceptReferralCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(DeclineReferralCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(StartServiceCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(CompleteReferralCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(FailReferralCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(WithdrawReferralCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(RequestLeadTransferCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(AcceptLeadTransferCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(DeclineLeadTransferCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(CloseCaseCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(ReopenCaseCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(EraseSubjectCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }
    @CommandHandler
    void handle(BreakGlassCommand c, AgencyDirectory d, SlaPolicy s, DeadlineManager m) { run(c, d, s, m); }

    @DeadlineHandler
    void onDeadline(ReferralDeadlinePassed passed) {
        ReferralRules.escalation(passed, state).ifPresent(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(CaseEvent event) { evolveWith(event); }

    private void run(CaseCommand command, AgencyDirectory directory, SlaPolicy sla, DeadlineManager deadlines) {
        once(command, () -> {
            Decision decision = CaseRules.decide(command, state, new CaseRules.Deps(directory, sla));
            decision.events().forEach(AggregateLifecycle::apply);
            decision.deadlines().forEach(intent -> carryOut(intent, deadlines));
        });
    }

    private static void carryOut(DeadlineIntent intent, DeadlineManager deadlines) {
        String name = ReferralDeadlinePassed.name(intent.referral(), intent.deadline());
        if (intent instanceof Schedule s) {
            deadlines.schedule(s.due(), name, new ReferralDeadlinePassed(s.referral(), s.deadline(), s.due()));
        } else if (intent instanceof Cancel) {
            deadlines.cancelAllWithinScope(name);
        }
    }
}
