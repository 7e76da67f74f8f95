package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The referring agency withdrew the referral. */
@Revision("1")
public record ReferralWithdrawnEvent(CaseId caseId,
                                     ReferralId referralId,
                                     String reason,
                                     Stamp stamp) implements CaseEvent {
}
