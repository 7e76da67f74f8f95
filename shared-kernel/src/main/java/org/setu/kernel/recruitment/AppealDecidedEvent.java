package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** An appeal was decided. */
@Revision("1")
public record AppealDecidedEvent(Licence licence,
                                 SanctionId sanctionId,
                                 AppealOutcome outcome,
                                 String reason,
                                 Stamp stamp) implements RecruitingAgencyEvent {
}
