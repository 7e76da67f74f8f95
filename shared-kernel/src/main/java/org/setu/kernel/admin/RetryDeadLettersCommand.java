package org.setu.kernel.admin;

import org.setu.kernel.common.Checks;

/** Hands a processing group's dead letters to its handlers again; answers how many sequences were cleared. */
public record RetryDeadLettersCommand(String processingGroup) {

    public RetryDeadLettersCommand {
        Checks.text(processingGroup, "processingGroup", 100);
    }
}
