package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** The referring agency withdraws its referral, with the reason. */
public record WithdrawReferralCommand(CaseId caseId,
                                      ReferralId referralId,
                                      String reason,
                                      Stamp stamp) implements CaseCommand {

    public WithdrawReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
