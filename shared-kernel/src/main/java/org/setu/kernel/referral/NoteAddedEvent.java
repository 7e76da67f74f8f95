package org.setu.kernel.referral;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** A note was added. {@code text} is personal data, sealed. */
@Revision("2")
public record NoteAddedEvent(CaseId caseId,
                             NoteId noteId,
                             AgencyId authorAgency,
                             NoteVisibility visibility,
                             Sealed text,
                             Stamp stamp) implements CaseEvent {
}
