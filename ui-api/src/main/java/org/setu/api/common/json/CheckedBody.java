package org.setu.api.common.json;

import org.setu.kernel.common.FieldErrors;

/**
 * A request body that checks its own fields while it is read, so that the client learns every refused field at
 * once: the reader's errors (wrong types, unknown enum values) and the body's (missing, too long, in the future).
 */
public interface CheckedBody {

    /** Runs every check of the body, noting each refusal in {@code errors} (which may hold the reader's already). */
    void check(FieldErrors errors);

    /**
     * Runs each step even when an earlier one fails: a step that trips over a value the reader already refused
     * (read as null) is skipped, as its error is noted; a step that fails on a clean body is a bug and is thrown.
     */
    static void eachOf(FieldErrors errors, Runnable... steps) {
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (errors.isEmpty()) {
                    throw e;
                }
            }
        }
    }
}
