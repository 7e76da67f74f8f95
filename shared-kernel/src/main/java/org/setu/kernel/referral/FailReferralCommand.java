package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The receiving agency could not deliver the service, with the reason. */
public record FailReferralCommand(CaseId caseId,
                                  ReferralId referralId,
                                  Sealed reason,
                                  Stamp stamp) implements CaseCommand {

    public FailReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
