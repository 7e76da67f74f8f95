package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** The workers (and women) the agency sent abroad in a month; the latest figure for a month counts. */
@Revision("1")
public record DeploymentsRecordedEvent(Licence licence,
                                       String month,
                                       int workers,
                                       int women,
                                       Stamp stamp) implements RecruitingAgencyEvent {
}
