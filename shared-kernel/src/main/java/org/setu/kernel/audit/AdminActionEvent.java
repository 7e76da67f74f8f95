package org.setu.kernel.audit;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/**
 * An administrator's operation that was carried out: a projection's rebuild started, a processing group's dead letters
 * retried, an online backup started. {@code target} is the processing group or the backup's id, {@code detail} what
 * came of it (events to replay, sequences cleared). Recorded in the audit trail only; no aggregate holds these.
 */
@Revision("1")
public record AdminActionEvent(Action action, String target, String detail, Stamp stamp) {

    /** The operations, each recorded under its name in the audit trail ({@link #auditName()}). */
    public enum Action {
        PROJECTION_REBUILD_STARTED("ProjectionRebuildStarted"),
        DEAD_LETTERS_RETRIED("DeadLettersRetried"),
        BACKUP_STARTED("BackupStarted");

        private final String auditName;

        Action(String auditName) {
            this.auditName = auditName;
        }

        public String auditName() {
            return auditName;
        }
    }
}
