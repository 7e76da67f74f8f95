package org.setu.kernel.admin;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Stamp;

/** Starts an online backup of the embedded store; the stamp names the administrator (in the manifest and the audit). */
public record StartBackupCommand(Stamp stamp) implements AdminCommand {

    public StartBackupCommand {
        Checks.required(stamp, "stamp");
    }

    @Override
    public String target() {
        return "backup";
    }

    /** Who asked for it, as the backup's manifest names them. */
    public String requestedBy() {
        return stamp.actor().staffId().value();
    }
}
