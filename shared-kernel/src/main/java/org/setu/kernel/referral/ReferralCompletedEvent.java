package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The service was delivered, with its outcome. */
@Revision("2")
public record ReferralCompletedEvent(CaseId caseId,
                                     ReferralId referralId,
                                     Sealed outcome,
                                     Stamp stamp) implements CaseEvent {
}
