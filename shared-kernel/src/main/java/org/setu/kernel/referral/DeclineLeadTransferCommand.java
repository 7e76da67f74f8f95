package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The offered agency declines the lead (its FOCAL_POINT). */
public record DeclineLeadTransferCommand(CaseId caseId, Sealed reason, Stamp stamp) implements CaseCommand {

    public DeclineLeadTransferCommand {
        Checks.required(caseId, "caseId");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
