package org.setu.command.sharing;

import org.setu.command.common.Evolution;
import org.setu.command.common.Evolving;
import org.setu.kernel.sharing.AgreementAmendedEvent;
import org.setu.kernel.sharing.AgreementCreatedEvent;
import org.setu.kernel.sharing.AgreementEvent;
import org.setu.kernel.sharing.AgreementId;
import org.setu.kernel.sharing.AgreementRevokedEvent;

/** What the agreement rules need to know of an agreement, folded from its events; {@link #NONE} before creation. */
record AgreementState(AgreementId agreementId, boolean revoked) implements Evolving<AgreementState, AgreementEvent> {

    static final AgreementState NONE = new AgreementState(null, false);

    /** Every agreement event, each with how it changes the state; a missing one stops the class from loading. */
    static final Evolution<AgreementState, AgreementEvent> EVOLUTION =
            Evolution.<AgreementState, AgreementEvent>of(AgreementEvent.class)
                    .on(AgreementCreatedEvent.class, (s, e) -> new AgreementState(e.agreementId(), s.revoked))
                    .on(AgreementAmendedEvent.class, (s, e) -> s)
                    .on(AgreementRevokedEvent.class, (s, e) -> new AgreementState(s.agreementId, true))
                    .complete();

    @Override
    public AgreementState evolve(AgreementEvent event) {
        return EVOLUTION.apply(this, event);
    }

    boolean exists() {
        return agreementId != null;
    }
}
