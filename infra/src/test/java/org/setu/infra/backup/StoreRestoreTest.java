package org.setu.infra.backup;

import org.junit.jupiter.api.Test;
import org.setu.infra.mongo.DataDirectoryException;
import org.setu.infra.mongo.EmbeddedMongoServer;
import org.setu.infra.support.TestMongo;
import org.setu.kernel.admin.FindBackupQuery;
import org.setu.kernel.admin.StartBackupCommand;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A restore never overwrites a store, never restores an unfinished or damaged backup, and is idempotent. */
class StoreRestoreTest {

    private static Path backup() {
        Path dataDir = TestMongo.newDataDir();
        Path backups = TestMongo.newDataDir();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.open(dataDir)) {
            OnlineBackups online = new OnlineBackups(Optional.of(server), dataDir, backups, Clock.systemUTC());
            String id = online.handle(new StartBackupCommand("admin@secretariat")).backupId();
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(backups.resolve(id).resolve(BackupManifest.FILE)));
            return backups.resolve(id);
        }
    }

    @Test
    void a_backup_restores_into_a_fresh_directory_and_a_second_start_goes_on_with_it() {
        Path folder = backup();
        Path target = TestMongo.newDataDir();
        StoreRestore.into(target, folder);
        assertThat(target.resolve(EmbeddedMongoServer.STORE_FILE)).exists();
        StoreRestore.into(target, folder);
        EmbeddedMongoServer.open(target).close();
    }

    @Test
    void a_directory_that_holds_a_store_is_never_overwritten() {
        Path folder = backup();
        Path target = TestMongo.newDataDir();
        EmbeddedMongoServer.open(target).close();
        assertThatThrownBy(() -> StoreRestore.into(target, folder)).isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining("holds a store already");
    }

    @Test
    void an_unfinished_or_damaged_backup_is_refused() throws Exception {
        Path folder = backup();
        Path damaged = folder.resolve(BackupManifest.STORE_COPY);
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length / 2] ^= 1;
        Files.write(damaged, bytes);
        assertThatThrownBy(() -> StoreRestore.into(TestMongo.newDataDir(), folder)).hasMessageContaining("damaged");
        Files.delete(folder.resolve(BackupManifest.FILE));
        assertThatThrownBy(() -> StoreRestore.into(TestMongo.newDataDir(), folder)).hasMessageContaining("has no backup.json");
    }

    @Test
    void on_mongodb_the_online_backup_is_refused_with_its_own_code() {
        OnlineBackups online = new OnlineBackups(Optional.empty(), null, TestMongo.newDataDir(), Clock.systemUTC());
        assertThatThrownBy(() -> online.handle(new StartBackupCommand("admin@secretariat")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKUP_UNAVAILABLE));
        assertThatThrownBy(() -> online.handle(new FindBackupQuery("../../etc")))
                .hasMessageContaining("No backup with this id");
    }
}
