package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The receiving agency declines the referral, with a reason code and text (its FOCAL_POINT). */
public record DeclineReferralCommand(CaseId caseId,
                                     ReferralId referralId,
                                     DeclineReason reasonCode,
                                     Sealed reason,
                                     Stamp stamp) implements CaseCommand {

    public DeclineReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        Checks.required(reasonCode, "reasonCode");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
