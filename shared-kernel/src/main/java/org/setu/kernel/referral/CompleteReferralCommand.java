package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The receiving agency completed the service, with its outcome. */
public record CompleteReferralCommand(CaseId caseId,
                                      ReferralId referralId,
                                      Sealed outcome,
                                      Stamp stamp) implements CaseCommand {

    public CompleteReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        Checks.required(outcome, "outcome");
        Checks.required(stamp, "stamp");
    }
}
