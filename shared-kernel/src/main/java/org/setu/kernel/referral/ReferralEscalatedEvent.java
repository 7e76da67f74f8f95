package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;

import java.time.Instant;

/** A referral missed its {@code deadline}, due at {@code dueAt}: the lead agency and the secretariat see it. */
@Revision("1")
public record ReferralEscalatedEvent(CaseId caseId,
                                     ReferralId referralId,
                                     SlaDeadline deadline,
                                     Instant dueAt,
                                     AgencyId leadAgency,
                                     AgencyId toAgency) implements CaseEvent {
}
