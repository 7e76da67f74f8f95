package org.setu.command.sharing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.setu.command.common.RecentCommands;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.sharing.*;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A data-sharing agreement with a partner: created, amended and revoked by the secretariat's administrators. */
public class Agreement {

    @AggregateIdentifier
    private AgreementId agreementId;
    private boolean revoked;
    private final RecentCommands recent = new RecentCommands();

    protected Agreement() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateAgreementCommand cmd) {
        if (agreementId != null) {
            if (recent.contains(cmd.stamp().commandId())) {
                return;
            }
            throw new ConflictException(ErrorCode.AGREEMENT_EXISTS, "Agreement " + cmd.agreementId() + " exists");
        }
        cmd.stamp().actor().requireRole("Creating a data-sharing agreement", Role.SECRETARIAT_ADMIN);
        apply(new AgreementCreatedEvent(cmd.agreementId(), cmd.partner(), cmd.terms(), cmd.stamp()));
    }

    @CommandHandler
    void handle(AmendAgreementCommand cmd) {
        if (recent.contains(cmd.stamp().commandId())) {
            return;
        }
        cmd.stamp().actor().requireRole("Amending a data-sharing agreement", Role.SECRETARIAT_ADMIN);
        requireInForce();
        apply(new AgreementAmendedEvent(agreementId, cmd.terms(), cmd.reason(), cmd.stamp()));
    }

    @CommandHandler
    void handle(RevokeAgreementCommand cmd) {
        if (recent.contains(cmd.stamp().commandId())) {
            return;
        }
        cmd.stamp().actor().requireRole("Revoking a data-sharing agreement", Role.SECRETARIAT_ADMIN);
        requireInForce();
        apply(new AgreementRevokedEvent(agreementId, cmd.reason(), cmd.stamp()));
    }

    private void requireInForce() {
        if (revoked) {
            throw new RuleViolationException(ErrorCode.AGREEMENT_REVOKED, "Agreement " + agreementId + " was revoked");
        }
    }

    @EventSourcingHandler
    void on(AgreementCreatedEvent e) {
        agreementId = e.agreementId();
        recent.remember(e.stamp().commandId());
    }

    @EventSourcingHandler
    void on(AgreementAmendedEvent e) {
        recent.remember(e.stamp().commandId());
    }

    @EventSourcingHandler
    void on(AgreementRevokedEvent e) {
        revoked = true;
        recent.remember(e.stamp().commandId());
    }
}
