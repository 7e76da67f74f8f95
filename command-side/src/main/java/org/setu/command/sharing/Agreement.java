package org.setu.command.sharing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.setu.command.common.DecidingAggregate;
import org.setu.kernel.sharing.*;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A data-sharing agreement with a partner as Axon sees it: each command, unless it is a retry, goes to
 * {@link AgreementRules#decide}; its event is applied and folded by {@link AgreementState#evolve}. A snapshot of
 * another {@code @Revision} is not read (the agreement is rebuilt from its events).
 */
@Revision("1")
public class Agreement extends DecidingAggregate<AgreementState, AgreementEvent> {

    protected Agreement() {
        super(AgreementState.NONE);
    }

    @AggregateIdentifier
    AgreementId agreementId() {
        return state.agreementId();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateAgreementCommand c) { once(c, () -> apply(AgreementRules.decide(c, state))); }
    @CommandHandler
    void handle(AmendAgreementCommand c) { once(c, () -> apply(AgreementRules.decide(c, state))); }
    @CommandHandler
    void handle(RevokeAgreementCommand c) { once(c, () -> apply(AgreementRules.decide(c, state))); }

    @EventSourcingHandler
    void on(AgreementEvent event) { evolveWith(event); }
}
