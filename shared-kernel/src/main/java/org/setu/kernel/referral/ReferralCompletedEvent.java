package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The service was delivered, with its outcome. */
@Revision("1")
public record ReferralCompletedEvent(CaseId caseId,
                                     ReferralId referralId,
                                     String outcome,
                                     Stamp stamp) implements CaseEvent {
}
