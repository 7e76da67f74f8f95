package org.setu.kernel.referral;

import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Refers the case to another agency for a service; the optional note is sealed personal data. */
public record RequestReferralCommand(CaseId caseId,
                                     ReferralId referralId,
                                     AgencyId toAgency,
                                     ServiceType serviceType,
                                     Urgency urgency,
                                     Sealed note,
                                     Stamp stamp) implements CaseCommand {

    public RequestReferralCommand {
        Checks.required(caseId, "caseId");
        Checks.required(referralId, "referralId");
        Checks.required(toAgency, "toAgency");
        Checks.required(serviceType, "serviceType");
        urgency = urgency == null ? Urgency.NORMAL : urgency;
                Checks.required(stamp, "stamp");
    }
}
