package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** The offered agency takes the lead (its FOCAL_POINT). */
public record AcceptLeadTransferCommand(CaseId caseId, Stamp stamp) implements CaseCommand {

    public AcceptLeadTransferCommand {
        Checks.required(caseId, "caseId");
        Checks.required(stamp, "stamp");
    }
}
