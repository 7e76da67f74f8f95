package org.setu.kernel.admin;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Replays one projection from the beginning into a new generation while the current one keeps serving. */
public record RebuildProjectionCommand(String processingGroup, Stamp stamp) implements AdminCommand {

    public RebuildProjectionCommand {
        Checks.text(processingGroup, "processingGroup", 100);
        Checks.required(stamp, "stamp");
    }

    @Override
    public String target() {
        return processingGroup;
    }
}
