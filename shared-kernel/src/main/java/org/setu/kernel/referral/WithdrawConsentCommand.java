package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Records that the subject withdrew all consent to share (lead agency staff). */
public record WithdrawConsentCommand(CaseId caseId, String reason, Stamp stamp) implements CaseCommand {

    public WithdrawConsentCommand {
        Checks.required(caseId, "caseId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
