package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The receiving agency declined the referral. */
@Revision("1")
public record ReferralDeclinedEvent(CaseId caseId,
                                    ReferralId referralId,
                                    DeclineReason reasonCode,
                                    String reason,
                                    Stamp stamp) implements CaseEvent {
}
