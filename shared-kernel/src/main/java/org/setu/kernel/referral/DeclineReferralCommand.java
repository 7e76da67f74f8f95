package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** The receiving agency declines the referral, with a reason code and text (its FOCAL_POINT). */
public record DeclineReferralCommand(CaseId caseId,
                                     ReferralId referralId,
                                     DeclineReason reasonCode,
                                     String reason,
                                     Stamp stamp) implements CaseCommand {

    public DeclineReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        Checks.required(reasonCode, "reasonCode");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
