package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The agency appealed against a sanction. */
@Revision("1")
public record SanctionAppealedEvent(Licence licence,
                                    SanctionId sanctionId,
                                    String grounds,
                                    Stamp stamp) implements RecruitingAgencyEvent {
}
