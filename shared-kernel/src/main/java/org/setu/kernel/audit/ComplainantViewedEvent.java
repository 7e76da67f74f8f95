package org.setu.kernel.audit;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.recruitment.ComplaintId;

/**
 * Someone was shown a complainant's personal data, as {@link PersonalDataViewedEvent} records for a case's subject:
 * who viewed a complaint's complainant, not only who changed the complaint.
 */
@Revision("1")
public record ComplainantViewedEvent(ComplaintId complaintId, Stamp stamp) {
}
