package org.setu.kernel.sharing;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Replaces an agreement's terms, with the reason (SECRETARIAT_ADMIN). */
public record AmendAgreementCommand(AgreementId agreementId, AgreementTerms terms, String reason, Stamp stamp)
        implements AgreementCommand {

    public AmendAgreementCommand {
        Checks.required(agreementId, "agreementId");
        Checks.required(terms, "terms");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
