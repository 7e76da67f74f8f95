package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

import java.time.Instant;

/** A referral was requested; the receiving agency must decide by {@code decisionDueAt}. */
@Revision("1")
public record ReferralRequestedEvent(CaseId caseId,
                                     ReferralId referralId,
                                     AgencyId fromAgency,
                                     AgencyId toAgency,
                                     ServiceType serviceType,
                                     Urgency urgency,
                                     String note,
                                     Instant decisionDueAt,
                                     Stamp stamp) implements CaseEvent {
}
