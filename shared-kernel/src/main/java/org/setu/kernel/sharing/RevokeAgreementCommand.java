package org.setu.kernel.sharing;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Ends an agreement at once, with the reason (SECRETARIAT_ADMIN). */
public record RevokeAgreementCommand(AgreementId agreementId, String reason, Stamp stamp) implements AgreementCommand {

    public RevokeAgreementCommand {
        Checks.required(agreementId, "agreementId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
