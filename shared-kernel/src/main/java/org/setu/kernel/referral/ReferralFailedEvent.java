package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The service could not be delivered. */
@Revision("1")
public record ReferralFailedEvent(CaseId caseId,
                                  ReferralId referralId,
                                  String reason,
                                  Stamp stamp) implements CaseEvent {
}
