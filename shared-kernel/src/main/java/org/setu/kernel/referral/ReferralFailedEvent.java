package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** The service could not be delivered. */
@Revision("2")
public record ReferralFailedEvent(CaseId caseId,
                                  ReferralId referralId,
                                  Sealed reason,
                                  Stamp stamp) implements CaseEvent {
}
