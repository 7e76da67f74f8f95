package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The referring agency withdrew the referral. */
@Revision("2")
public record ReferralWithdrawnEvent(CaseId caseId,
                                     ReferralId referralId,
                                     Sealed reason,
                                     Stamp stamp) implements CaseEvent {
}
