package org.setu.kernel.admin;

import org.setu.kernel.common.Checks;

/** Replays one projection from the beginning into a new generation while the current one keeps serving. */
public record RebuildProjectionCommand(String processingGroup) {

    public RebuildProjectionCommand {
        Checks.text(processingGroup, "processingGroup", 100);
    }
}
