package org.setu.command.recruitment;

import org.axonframework.commandhandling.CommandHandler;
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
 * whose events are applied and folded by {@link ComplaintState#evolve}. The snapshot is this object; its
 * {@code @Revision} changes with the state's shape (a snapshot of another revision is not read).
 */
@Revision("1")
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
    void handle(FileComplaintCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(RegisterComplaintCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(NotifyRecruiterCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(RecordHearingCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(MakeAwardCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(RecordPaymentCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(RecordDefaultCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(ReferComplaintToCourtCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(WithdrawComplaintCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(CloseComplaintCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(ReopenComplaintCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(ShareComplaintCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }
    @CommandHandler
    void handle(EraseComplainantCommand c, AgencyDirectory d, RecruitmentLookup r) { run(c, d, r); }

    @EventSourcingHandler
    void on(ComplaintEvent event) { evolveWith(event); }

    private void run(ComplaintCommand command, AgencyDirectory directory, RecruitmentLookup recruitment) {
        once(command, () -> ComplaintRules.decide(command, state, new ComplaintRules.Deps(directory, recruitment))
                .forEach(AggregateLifecycle::apply));
    }
}
