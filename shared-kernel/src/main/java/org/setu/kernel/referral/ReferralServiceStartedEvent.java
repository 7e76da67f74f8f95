package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The receiving agency started the service. */
@Revision("1")
public record ReferralServiceStartedEvent(CaseId caseId, ReferralId referralId, Stamp stamp) implements CaseEvent {
}
