package org.setu.kernel.referral;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Allows referrals to one agency outside the consent, with a reason (FOCAL_POINT of the lead agency). */
public record OverrideConsentCommand(CaseId caseId,
                                     AgencyId agency,
                                     String reason,
                                     Stamp stamp) implements CaseCommand {

    public OverrideConsentCommand {
        Checks.required(caseId, "caseId");
        Checks.required(agency, "agency");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
