package org.setu.kernel.referral;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Allows referrals to one agency outside the consent, with a reason (FOCAL_POINT of the lead agency). */
public record OverrideConsentCommand(CaseId caseId,
                                     AgencyId agency,
                                     Sealed reason,
                                     Stamp stamp) implements CaseCommand {

    public OverrideConsentCommand {
        Checks.required(caseId, "caseId");
        Checks.required(agency, "agency");
        Checks.required(reason, "reason");
        Checks.required(stamp, "stamp");
    }
}
