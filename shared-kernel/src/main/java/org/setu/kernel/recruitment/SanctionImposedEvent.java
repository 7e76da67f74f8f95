package org.setu.kernel.recruitment;

import java.util.Set;
import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** A sanction was imposed, citing complaints; {@code amountBdt} for a FINE, {@code suspensionDays} for a SUSPENSION. */
@Revision("1")
public record SanctionImposedEvent(Licence licence,
                                   SanctionId sanctionId,
                                   SanctionKind kind,
                                   String reason,
                                   Long amountBdt,
                                   Integer suspensionDays,
                                   Set<ComplaintId> complaintIds,
                                   Stamp stamp) implements RecruitingAgencyEvent {
}
