package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;

import java.util.regex.Pattern;

/** A note's id within its case. */
public record NoteId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{4,64}");

    public NoteId {
        Checks.identifier(value, "noteId", FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
