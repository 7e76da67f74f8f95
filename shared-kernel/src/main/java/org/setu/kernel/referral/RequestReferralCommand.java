package org.setu.kernel.referral;

import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Refers the case to another agency for a service. */
public record RequestReferralCommand(CaseId caseId,
                                     ReferralId referralId,
                                     AgencyId toAgency,
                                     ServiceType serviceType,
                                     Urgency urgency,
                                     String note,
                                     Stamp stamp) implements CaseCommand {

    public RequestReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        Checks.required(toAgency, "toAgency");
        Checks.required(serviceType, "serviceType");
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        note = Checks.optionalText(note, "note", Limits.NOTE);
        Checks.required(stamp, "stamp");
    }
}
