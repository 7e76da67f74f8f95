package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** A licensed recruiting agency was entered. */
@Revision("1")
public record RecruitingAgencyLicensedEvent(Licence licence,
                                            String name,
                                            String district,
                                            Stamp stamp) implements RecruitingAgencyEvent {
}
