package org.setu.kernel.sharing;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Creates a data-sharing agreement with a partner (SECRETARIAT_ADMIN). */
public record CreateAgreementCommand(AgreementId agreementId, String partner, AgreementTerms terms, Stamp stamp)
        implements AgreementCommand {

    public CreateAgreementCommand {
        Checks.required(agreementId, "agreementId");
        partner = Checks.text(partner, "partner", 100);
        Checks.required(terms, "terms");
        Checks.required(stamp, "stamp");
    }
}
