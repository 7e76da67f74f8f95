package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** The receiving agency takes the referral on (its FOCAL_POINT). */
public record AcceptReferralCommand(CaseId caseId, ReferralId referralId, Stamp stamp) implements CaseCommand {

    public AcceptReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        Checks.required(stamp, "stamp");
    }
}
