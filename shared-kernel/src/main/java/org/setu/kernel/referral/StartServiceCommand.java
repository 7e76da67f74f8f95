package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** The receiving agency starts delivering the service. */
public record StartServiceCommand(CaseId caseId, ReferralId referralId, Stamp stamp) implements CaseCommand {

    public StartServiceCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        Checks.required(stamp, "stamp");
    }
}
