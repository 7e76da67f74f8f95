package org.setu.kernel.admin;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Hands a processing group's dead letters to its handlers again; answers how many sequences were cleared. */
public record RetryDeadLettersCommand(String processingGroup, Stamp stamp) implements AdminCommand {

    public RetryDeadLettersCommand {
        Checks.text(processingGroup, "processingGroup", 100);
        Checks.required(stamp, "stamp");
    }

    @Override
    public String target() {
        return processingGroup;
    }
}
