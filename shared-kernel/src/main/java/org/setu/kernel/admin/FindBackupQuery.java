package org.setu.kernel.admin;

/** Where one online backup stands. */
public record FindBackupQuery(String backupId) {
}
