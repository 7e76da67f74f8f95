package org.setu.kernel.admin;

import org.setu.kernel.common.Checks;

/** Starts an online backup of the embedded store; {@code requestedBy} names the administrator, for the log. */
public record StartBackupCommand(String requestedBy) {

    public StartBackupCommand {
        Checks.text(requestedBy, "requestedBy", 200);
    }
}
