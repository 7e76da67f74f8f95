package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

import java.time.Instant;

/** The receiving agency accepted; it must start the service by {@code firstServiceDueAt}. */
@Revision("1")
public record ReferralAcceptedEvent(CaseId caseId,
                                    ReferralId referralId,
                                    Instant firstServiceDueAt,
                                    Stamp stamp) implements CaseEvent {
}
