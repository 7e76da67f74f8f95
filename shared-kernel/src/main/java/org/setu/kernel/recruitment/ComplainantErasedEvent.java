package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.ErasureBasis;

/** The complainant's key was destroyed: their personal data and the free text about them no longer open. */
@Revision("1")
public record ComplainantErasedEvent(ComplaintId complaintId,
                                     ErasureBasis basis,
                                     String reason,
                                     Stamp stamp) implements ComplaintEvent {
}
