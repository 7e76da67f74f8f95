package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** Adds a note, for the lead agency only or for every agency on the case; the text is sealed personal data. */
public record AddNoteCommand(CaseId caseId,
                             NoteId noteId,
                             NoteVisibility visibility,
                             Sealed text,
                             Stamp stamp) implements CaseCommand {

    public AddNoteCommand {
        Checks.required(caseId, "caseId");
        Checks.required(noteId, "noteId");
        Checks.required(visibility, "visibility");
        Checks.required(text, "text");
        Checks.required(stamp, "stamp");
    }
}
