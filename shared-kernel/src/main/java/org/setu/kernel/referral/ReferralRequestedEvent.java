package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

import java.time.Instant;

/** A referral was requested; the receiving agency must decide by {@code decisionDueAt}. */
@Revision("2")
public record ReferralRequestedEvent(CaseId caseId,
                                     ReferralId referralId,
                                     AgencyId fromAgency,
                                     AgencyId toAgency,
                                     ServiceType serviceType,
                                     Urgency urgency,
                                     Sealed note,
                                     Instant decisionDueAt,
                                     Stamp stamp) implements CaseEvent {
}
