package org.setu.command.recruitment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.setu.command.agency.AgencyDirectory;
import org.setu.command.common.DecidingAggregate;
import org.setu.kernel.recruitment.*;

/**
 * A complaint against a recruiting agency as Axon sees it: a thin adapter around {@link ComplaintRules#decide},
 * whose events are applied and folded by {@link ComplaintState#evolve}; the deadlines each event starts or ends
 * ({@link ComplaintDeadlines}) go to the deadline manager, and a missed one escalates. The snapshot is this object; its
 * {@code @Revision} changes with the state's shape (a snapshot of another revision is not read).
 */
@Revision("2")
public class Complaint extends DecidingAggregate<ComplaintState, ComplaintEvent> {

    protected Complaint() {
        super(ComplaintState.NONE);
    }

    @AggregateIdentifier
    ComplaintId complaintId() {
        return state.complaintId();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(FileComplaintCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(RegisterComplaintCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(NotifyRecruiterCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(RecordHearingCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(MakeAwardCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(RecordPaymentCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(RecordDefaultCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(ReferComplaintToCourtCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(WithdrawComplaintCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(CloseComplaintCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(ReopenComplaintCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(ShareComplaintCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(LinkComplaintToCaseCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }
    @CommandHandler
    void handle(EraseComplainantCommand c, AgencyDirectory d, RecruitmentLookup r, ComplaintSla s,
                DeadlineManager m) { run(c, d, r, s, m); }

    @DeadlineHandler
    void onDeadline(ComplaintDeadlinePassed passed) {
        ComplaintDeadlines.escalation(passed, state).ifPresent(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(ComplaintEvent event) { evolveWith(event); }

    private void run(ComplaintCommand command, AgencyDirectory directory, RecruitmentLookup recruitment,
                     ComplaintSla sla, DeadlineManager deadlines) {
        once(command, () -> ComplaintRules.decide(command, state, new ComplaintRules.Deps(directory, recruitment))
                .forEach(event -> {
                    AggregateLifecycle.apply(event);
                    ComplaintDeadlines.after(event, sla).forEach(intent -> carryOut(intent, deadlines));
                }));
    }

    private void carryOut(ComplaintDeadlines.Intent intent, DeadlineManager deadlines) {
        String name = ComplaintDeadlinePassed.name(state.complaintId(), intent.deadline());
        if (intent instanceof ComplaintDeadlines.Schedule s) {
            deadlines.schedule(s.due(), name, new ComplaintDeadlinePassed(state.complaintId(), s.deadline(), s.due()));
        } else {
            deadlines.cancelAllWithinScope(name);
        }
    }
}
