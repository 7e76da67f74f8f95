package org.setu.command.agency;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.setu.command.common.RecentCommands;
import org.setu.kernel.agency.*;
import org.setu.kernel.common.AgencyId;

/**
 * An agency's entry in the network's registry as Axon sees it: each command, unless it is a retry, goes to
 * {@link AgencyRules#decide}; its event is applied and folded by {@link AgencyState#evolve}. The snapshot is this
 * object; a snapshot of another {@code @Revision} is not read (the agency is rebuilt from its events).
 */
@Revision("1")
public class Agency {

    private AgencyState state = AgencyState.NONE;
    private final RecentCommands recent = new RecentCommands();

    protected Agency() {
    }

    @AggregateIdentifier
    AgencyId agencyId() {
        return state.agencyId();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterAgencyCommand command) { run(command); }
    @CommandHandler
    void handle(UpdateAgencyCommand command) { run(command); }
    @CommandHandler
    void handle(SuspendAgencyCommand command) { run(command); }
    @CommandHandler
    void handle(ReactivateAgencyCommand command) { run(command); }
    @CommandHandler
    void handle(AddStaffMemberCommand command) { run(command); }
    @CommandHandler
    void handle(RemoveStaffMemberCommand command) { run(command); }

    @EventSourcingHandler
    void on(AgencyEvent event) {
        state = state.evolve(event);
        recent.rememberCommandOf(event);
    }

    private void run(AgencyCommand command) {
        recent.once(command, () -> AggregateLifecycle.apply(AgencyRules.decide(command, state)));
    }
}
