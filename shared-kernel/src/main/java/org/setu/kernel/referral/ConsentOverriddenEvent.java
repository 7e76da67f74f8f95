package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

/** A focal point allowed referrals to an agency outside the consent, with a reason. */
@Revision("1")
public record ConsentOverriddenEvent(CaseId caseId,
                                     AgencyId agency,
                                     String reason,
                                     Stamp stamp) implements CaseEvent {
}
