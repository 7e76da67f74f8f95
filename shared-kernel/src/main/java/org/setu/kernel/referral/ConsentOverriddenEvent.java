package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** A focal point allowed referrals to an agency outside the consent, with a reason. */
@Revision("2")
public record ConsentOverriddenEvent(CaseId caseId,
                                     AgencyId agency,
                                     Sealed reason,
                                     Stamp stamp) implements CaseEvent {
}
