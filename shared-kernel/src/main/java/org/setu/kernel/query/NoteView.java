package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.NoteId;
import org.setu.kernel.referral.NoteVisibility;

import java.time.Instant;

/** A note on a case; its text is personal data, sealed. */
public record NoteView(NoteId noteId, AgencyId authorAgency, StaffId author, NoteVisibility visibility, Sealed text,
                       Instant at) {

    /** The note once its subject is erased: the text no longer opens, so it goes. */
    public NoteView withoutText() {
        return new NoteView(noteId, authorAgency, author, visibility, null, at);
    }
}
