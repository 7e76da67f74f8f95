package org.setu.kernel.admin;

import java.time.Instant;

/**
 * An online backup's progress: bytes of the store copied of its size when the copy began. {@code backupId} is also
 * the name of the backup's folder in the backup directory; {@code failure} says, without detail, why it failed.
 */
public record BackupStatus(String backupId, State state, long bytesDone, long bytesTotal, Instant startedAt,
                           Instant finishedAt, String failure) {

    public enum State { RUNNING, DONE, FAILED }
}
