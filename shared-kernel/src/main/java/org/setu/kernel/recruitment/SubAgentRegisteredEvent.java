package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** A sub-agent was registered with the licensed agency. */
@Revision("1")
public record SubAgentRegisteredEvent(Licence licence,
                                      String registration,
                                      String name,
                                      String district,
                                      Stamp stamp) implements RecruitingAgencyEvent {
}
