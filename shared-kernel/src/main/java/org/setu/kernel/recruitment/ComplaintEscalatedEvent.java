package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

import java.time.Instant;

/**
 * A complaint missed its {@code deadline}, due at {@code dueAt}: the receiving agency and the secretariat see it.
 * No person decided it: the stamp is Setu's own ({@link Stamp#bySetu}), at the time the deadline was due.
 */
@Revision("1")
public record ComplaintEscalatedEvent(ComplaintId complaintId,
                                      ComplaintDeadline deadline,
                                      Instant dueAt,
                                      AgencyId receivingAgency,
                                      Stamp stamp) implements ComplaintEvent {
}
