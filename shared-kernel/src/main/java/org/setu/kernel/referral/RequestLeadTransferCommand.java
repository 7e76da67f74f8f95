package org.setu.kernel.referral;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Offers the lead role to another agency (FOCAL_POINT of the lead agency). */
public record RequestLeadTransferCommand(CaseId caseId,
                                         AgencyId toAgency,
                                         Sealed reason,
                                         Stamp stamp) implements CaseCommand {

    public RequestLeadTransferCommand {
        Checks.required(caseId, "caseId");
        Checks.required(toAgency, "toAgency");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
