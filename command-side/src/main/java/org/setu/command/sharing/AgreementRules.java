package org.setu.command.sharing;

import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.sharing.*;

/**
 * The rules of a data-sharing agreement as one pure function: only the secretariat's administrators create, amend
 * and revoke one, and a revoked agreement takes no further change. {@link #decide} returns the command's event or
 * refuses with a named {@code SetuException}.
 */
final class AgreementRules {

    private AgreementRules() {
    }

    static AgreementEvent decide(AgreementCommand command, AgreementState state) {
        if (command instanceof CreateAgreementCommand c) return create(c, state);
        if (command instanceof AmendAgreementCommand c) return amend(c, state);
        if (command instanceof RevokeAgreementCommand c) return revoke(c, state);
        throw new IllegalArgumentException("No agreement rule decides " + command.getClass().getName());
    }

    private static AgreementEvent create(CreateAgreementCommand cmd, AgreementState state) {
        if (state.exists()) {
            throw new ConflictException(ErrorCode.AGREEMENT_EXISTS, "Agreement " + cmd.agreementId() + " exists");
        }
        cmd.stamp().actor().requireRole("Creating a data-sharing agreement", Role.SECRETARIAT_ADMIN);
        return new AgreementCreatedEvent(cmd.agreementId(), cmd.partner(), cmd.terms(), cmd.stamp());
    }

    private static AgreementEvent amend(AmendAgreementCommand cmd, AgreementState state) {
        cmd.stamp().actor().requireRole("Amending a data-sharing agreement", Role.SECRETARIAT_ADMIN);
        requireInForce(state);
        return new AgreementAmendedEvent(state.agreementId(), cmd.terms(), cmd.reason(), cmd.stamp());
    }

    private static AgreementEvent revoke(RevokeAgreementCommand cmd, AgreementState state) {
        cmd.stamp().actor().requireRole("Revoking a data-sharing agreement", Role.SECRETARIAT_ADMIN);
        requireInForce(state);
        return new AgreementRevokedEvent(state.agreementId(), cmd.reason(), cmd.stamp());
    }

    private static void requireInForce(AgreementState state) {
        if (state.revoked()) {
            throw new RuleViolationException(ErrorCode.AGREEMENT_REVOKED,
                    "Agreement " + state.agreementId() + " was revoked");
        }
    }
}
