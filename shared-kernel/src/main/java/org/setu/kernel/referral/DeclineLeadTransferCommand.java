package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** The offered agency declines the lead (its FOCAL_POINT). */
public record DeclineLeadTransferCommand(CaseId caseId, String reason, Stamp stamp) implements CaseCommand {

    public DeclineLeadTransferCommand {
        Checks.required(caseId, "caseId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
