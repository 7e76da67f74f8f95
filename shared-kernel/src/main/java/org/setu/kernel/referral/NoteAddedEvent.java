package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;

/** A note was added. {@code text} is personal data. */
@Revision("1")
public record NoteAddedEvent(CaseId caseId,
                             NoteId noteId,
                             AgencyId authorAgency,
                             NoteVisibility visibility,
                             String text,
                             Stamp stamp) implements CaseEvent {
}
