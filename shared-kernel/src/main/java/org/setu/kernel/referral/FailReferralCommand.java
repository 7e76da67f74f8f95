package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** The receiving agency could not deliver the service, with the reason. */
public record FailReferralCommand(CaseId caseId,
                                  ReferralId referralId,
                                  String reason,
                                  Stamp stamp) implements CaseCommand {

    public FailReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
