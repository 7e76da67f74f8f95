package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Adds a note, for the lead agency only or for every agency on the case. */
public record AddNoteCommand(CaseId caseId,
                             NoteId noteId,
                             NoteVisibility visibility,
                             String text,
                             Stamp stamp) implements CaseCommand {

    public AddNoteCommand {
        Checks.required(caseId, "caseId");
        Checks.required(noteId, "noteId");
        Checks.required(visibility, "visibility");
        text = Checks.text(text, "text", Limits.NOTE);
        Checks.required(stamp, "stamp");
    }
}
