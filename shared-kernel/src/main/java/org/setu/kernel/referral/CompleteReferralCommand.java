package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** The receiving agency completed the service, with its outcome. */
public record CompleteReferralCommand(CaseId caseId,
                                      ReferralId referralId,
                                      String outcome,
                                      Stamp stamp) implements CaseCommand {

    public CompleteReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        outcome = Checks.text(outcome, "outcome", Limits.OUTCOME);
        Checks.required(stamp, "stamp");
    }
}
