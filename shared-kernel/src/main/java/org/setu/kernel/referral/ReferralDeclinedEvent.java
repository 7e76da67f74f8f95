package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The receiving agency declined the referral. */
@Revision("2")
public record ReferralDeclinedEvent(CaseId caseId,
                                    ReferralId referralId,
                                    DeclineReason reasonCode,
                                    Sealed reason,
                                    Stamp stamp) implements CaseEvent {
}
