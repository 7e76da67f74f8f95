package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The referring agency withdraws its referral, with the reason. */
public record WithdrawReferralCommand(CaseId caseId,
                                      ReferralId referralId,
                                      Sealed reason,
                                      Stamp stamp) implements CaseCommand {

    public WithdrawReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
