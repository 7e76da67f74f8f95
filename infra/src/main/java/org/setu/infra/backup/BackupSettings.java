package org.setu.infra.backup;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Backups of the embedded store ({@code setu.backup.*}).
 *
 * @param directory where online backups are written, one folder each ({@code SETU_BACKUP_DIRECTORY}); keep it on
 *                  another disk than the data directory
 * @param restore   a backup folder to restore into the (empty) data directory at start-up, before the store opens
 *                  ({@code --setu.backup.restore=DIR}); blank: none
 */
public record BackupSettings(@DefaultValue("./backups") Path directory, Path restore) {
}
