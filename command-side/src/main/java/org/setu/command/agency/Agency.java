package org.setu.command.agency;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.setu.command.common.DecidingAggregate;
import org.setu.kernel.agency.*;
import org.setu.kernel.common.AgencyId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An agency's entry in the network's registry as Axon sees it: each command, unless it is a retry, goes to
 * {@link AgencyRules#decide}; its event is applied and folded by {@link AgencyState#evolve}. A snapshot of another
 * {@code @Revision} is not read (the agency is rebuilt from its events).
 */
@Revision("1")
public class Agency extends DecidingAggregate<AgencyState, AgencyEvent> {

    protected Agency() {
        super(AgencyState.NONE);
    }

    @AggregateIdentifier
    AgencyId agencyId() {
        return state.agencyId();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterAgencyCommand c) { once(c, () -> apply(AgencyRules.decide(c, state))); }
    @CommandHandler
    void handle(UpdateAgencyCommand c) { once(c, () -> apply(AgencyRules.decide(c, state))); }
    @CommandHandler
    void handle(SuspendAgencyCommand c) { once(c, () -> apply(AgencyRules.decide(c, state))); }
    @CommandHandler
    void handle(ReactivateAgencyCommand c) { once(c, () -> apply(AgencyRules.decide(c, state))); }
    @CommandHandler
    void handle(AddStaffMemberCommand c) { once(c, () -> apply(AgencyRules.decide(c, state))); }
    @CommandHandler
    void handle(RemoveStaffMemberCommand c) { once(c, () -> apply(AgencyRules.decide(c, state))); }

    @EventSourcingHandler
    void on(AgencyEvent event) { evolveWith(event); }
}
