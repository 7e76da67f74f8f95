package org.setu.kernel.referral;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Offers the lead role to another agency (FOCAL_POINT of the lead agency). */
public record RequestLeadTransferCommand(CaseId caseId,
                                         AgencyId toAgency,
                                         String reason,
                                         Stamp stamp) implements CaseCommand {

    public RequestLeadTransferCommand {
        Checks.required(caseId, "caseId");
        Checks.required(toAgency, "toAgency");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
