package org.setu.infra.backup;

import org.junit.jupiter.api.Test;
import org.setu.infra.mongo.DataDirectoryException;
import org.setu.infra.mongo.EmbeddedMongoServer;
import org.setu.infra.support.TestMongo;
import org.setu.kernel.admin.FindBackupQuery;
import org.setu.kernel.admin.StartBackupCommand;
import org.setu.kernel.audit.AdminActionEvent;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A restore never overwrites a store, never restores an unfinished or damaged backup, and is idempotent. */
class StoreRestoreTest {

    private static final Stamp ADMIN = new Stamp(new CommandId("backup-1"), new Actor(new StaffId("admin@secretariat"),
            AgencyId.SECRETARIAT, Set.of(Role.SECRETARIAT_ADMIN)), Instant.parse("2026-12-01T00:00:00Z"));

    private static Path backup() {
        return backup(event -> { });
    }

    private static Path backup(Consumer<Object> audit) {
        Path dataDir = TestMongo.newDataDir();
        Path backups = TestMongo.newDataDir();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.open(dataDir)) {
            OnlineBackups online = new OnlineBackups(Optional.of(server), dataDir, backups, Clock.systemUTC(), audit);
            String id = online.handle(new StartBackupCommand(ADMIN)).backupId();
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
    void a_backup_started_is_recorded_for_the_audit_trail_with_the_administrator_and_the_backup() throws Exception {
        List<Object> audit = new ArrayList<>();
        Path folder = backup(audit::add);
        assertThat(audit).singleElement().isInstanceOfSatisfying(AdminActionEvent.class, e -> {
            assertThat(e.action()).isEqualTo(AdminActionEvent.Action.BACKUP_STARTED);
            assertThat(e.target()).isEqualTo(folder.getFileName().toString());
            assertThat(e.stamp()).isEqualTo(ADMIN);
        });
        assertThat(Files.readString(folder.resolve(BackupManifest.FILE))).contains("admin@secretariat");
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
        List<Object> audit = new ArrayList<>();
        OnlineBackups online = new OnlineBackups(Optional.empty(), null, TestMongo.newDataDir(), Clock.systemUTC(),
                audit::add);
        assertThatThrownBy(() -> online.handle(new StartBackupCommand(ADMIN)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKUP_UNAVAILABLE));
        assertThatThrownBy(() -> online.handle(new FindBackupQuery("../../etc")))
                .hasMessageContaining("No backup with this id");
        assertThat(audit).as("a refusal is recorded by the command bus, not as a backup started").isEmpty();
    }
}
