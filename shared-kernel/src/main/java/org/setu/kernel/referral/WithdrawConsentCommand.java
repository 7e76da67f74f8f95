package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Records that the subject withdrew all consent to share (lead agency staff). */
public record WithdrawConsentCommand(CaseId caseId, Sealed reason, Stamp stamp) implements CaseCommand {

    public WithdrawConsentCommand {
        Checks.required(caseId, "caseId");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
