package org.setu.command.recruitment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.setu.command.common.DecidingAggregate;
import org.setu.kernel.recruitment.*;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A licensed recruiting agency's record as Axon sees it: each command, unless it is a retry, goes to
 * {@link RecruitingAgencyRules#decide}; its event is applied and folded by {@link RecruitingAgencyState#evolve}.
 */
@Revision("2")
public class RecruitingAgency extends DecidingAggregate<RecruitingAgencyState, RecruitingAgencyEvent> {

    protected RecruitingAgency() {
        super(RecruitingAgencyState.NONE);
    }

    @AggregateIdentifier
    Licence licence() {
        return state.licence();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LicenceRecruitingAgencyCommand c, RecruitmentLookup r) { run(c, r); }
    @CommandHandler
    void handle(RecordDeploymentsCommand c, RecruitmentLookup r) { run(c, r); }
    @CommandHandler
    void handle(RegisterSubAgentCommand c, RecruitmentLookup r) { run(c, r); }
    @CommandHandler
    void handle(ImposeSanctionCommand c, RecruitmentLookup r) { run(c, r); }
    @CommandHandler
    void handle(AppealSanctionCommand c, RecruitmentLookup r) { run(c, r); }
    @CommandHandler
    void handle(DecideAppealCommand c, RecruitmentLookup r) { run(c, r); }

    @EventSourcingHandler
    void on(RecruitingAgencyEvent event) { evolveWith(event); }

    private void run(RecruitingAgencyCommand command, RecruitmentLookup lookup) {
        once(command, () -> apply(RecruitingAgencyRules.decide(command, state, lookup)));
    }
}
