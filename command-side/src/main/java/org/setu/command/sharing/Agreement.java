package org.setu.command.sharing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.setu.command.common.RecentCommands;
import org.setu.kernel.sharing.*;

/**
 * A data-sharing agreement with a partner as Axon sees it: each command, unless it is a retry, goes to
 * {@link AgreementRules#decide}; its event is applied and folded by {@link AgreementState#evolve}. The snapshot is
 * this object; a snapshot of another {@code @Revision} is not read (the agreement is rebuilt from its events).
 */
@Revision("1")
public class Agreement {

    private AgreementState state = AgreementState.NONE;
    private final RecentCommands recent = new RecentCommands();

    protected Agreement() {
    }

    @AggregateIdentifier
    AgreementId agreementId() {
        return state.agreementId();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateAgreementCommand command) { run(command); }
    @CommandHandler
    void handle(AmendAgreementCommand command) { run(command); }
    @CommandHandler
    void handle(RevokeAgreementCommand command) { run(command); }

    @EventSourcingHandler
    void on(AgreementEvent event) {
        state = state.evolve(event);
        recent.rememberCommandOf(event);
    }

    private void run(AgreementCommand command) {
        recent.once(command, () -> AggregateLifecycle.apply(AgreementRules.decide(command, state)));
    }
}
