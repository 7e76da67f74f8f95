package org.setu.infra.backup;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.setu.infra.mongo.EmbeddedMongoServer;
import org.setu.kernel.admin.BackupStatus;
import org.setu.kernel.admin.FindBackupQuery;
import org.setu.kernel.admin.StartBackupCommand;
import org.setu.kernel.audit.AdminActionEvent;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.UnknownResourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Online backups of the embedded store, one at a time, each on its own thread while Setu keeps serving; progress is
 * answered to {@link FindBackupQuery}, from memory while this node runs and from the folder's manifest after.
 */
public class OnlineBackups implements AutoCloseable {

    /** A backup id is its folder's name: the UTC start time and six random hex digits. */
    static final Pattern ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{6}");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(OnlineBackups.class);

    private final Optional<EmbeddedMongoServer> server;
    private final Path dataDir;
    private final Path directory;
    private final Clock clock;
    private final Consumer<Object> audit;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "setu-backup");
        t.setDaemon(true);
        return t;
    });

    private static final class Run {
        final String id;
        final Instant startedAt;
        final long total;
        final AtomicLong done = new AtomicLong();
        volatile Instant finishedAt;
        volatile String failure;

        Run(String id, Instant startedAt, long total) {
            this.id = id;
            this.startedAt = startedAt;
            this.total = total;
        }

        BackupStatus status() {
            if (failure != null) {
                return new BackupStatus(id, BackupStatus.State.FAILED, done.get(), total, startedAt, finishedAt, failure);
            }
            if (finishedAt != null) {
                return new BackupStatus(id, BackupStatus.State.DONE, done.get(), done.get(), startedAt, finishedAt, null);
            }
            return new BackupStatus(id, BackupStatus.State.RUNNING, Math.min(done.get(), total), total, startedAt, null, null);
        }
    }

    public OnlineBackups(Optional<EmbeddedMongoServer> server, Path dataDir, Path directory, Clock clock,
                         Consumer<Object> audit) {
        this.audit = audit;
        this.server = server;
        this.dataDir = dataDir;
        this.directory = directory;
        this.clock = clock;
    }

    @CommandHandler
    public synchronized BackupStatus handle(StartBackupCommand command) {
        EmbeddedMongoServer store = server.orElseThrow(() -> new ConflictException(ErrorCode.BACKUP_UNAVAILABLE,
                "Setu runs on MongoDB: back it up with mongodump --oplog or the replica set's snapshots (docs/deploy.md)"));
        runs.values().stream().filter(r -> r.finishedAt == null).findFirst().ifPresent(r -> {
            throw new ConflictException(ErrorCode.BACKUP_RUNNING, "Backup " + r.id + " is running; one runs at a time");
        });
        Instant now = clock.instant();
        Run run = new Run(ID_TIME.format(now) + "-" + suffix(), now, store.storeSize());
        runs.put(run.id, run);
        LOG.info("Backup {} started by {}: {} bytes of store into {}", run.id, command.requestedBy(), run.total,
                directory.resolve(run.id).toAbsolutePath());
        worker.execute(() -> copy(store, run, command.requestedBy()));
        audit.accept(new AdminActionEvent(AdminActionEvent.Action.BACKUP_STARTED, run.id,
                run.total + " bytes of store", command.stamp()));
        return run.status();
    }

    private String suffix() {
        byte[] bytes = new byte[3];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void copy(EmbeddedMongoServer store, Run run, String requestedBy) {
        try {
            BackupWriter.write(store, dataDir, directory.resolve(run.id), run.id, requestedBy, clock, run.done);
            LOG.info("Backup {} done: {} bytes of store in {} ms", run.id, run.done.get(),
                    clock.millis() - run.startedAt.toEpochMilli());
        } catch (Exception e) {
            LOG.error("Backup {} failed; its folder is incomplete and will not restore", run.id, e);
            run.failure = "The backup could not be written (" + e.getClass().getSimpleName() + "); see Setu's log";
        } finally {
            run.finishedAt = clock.instant();
        }
    }

    @QueryHandler
    public BackupStatus handle(FindBackupQuery query) {
        String id = query.backupId();
        if (id == null || !ID.matcher(id).matches()) {
            throw notFound();
        }
        Run run = runs.get(id);
        if (run != null) {
            return run.status();
        }
        return BackupManifest.readFrom(directory.resolve(id))
                .map(m -> new BackupStatus(id, BackupStatus.State.DONE, m.storeBytes(), m.storeBytes(), m.startedAt(),
                        m.finishedAt(), null))
                .orElseThrow(OnlineBackups::notFound);
    }

    private static UnknownResourceException notFound() {
        return new UnknownResourceException(ErrorCode.BACKUP_NOT_FOUND, "No backup with this id is in the backup directory");
    }

    @Override
    public void close() {
        // Never interrupt the copy: an interrupt during a read closes the store's own file channel.
        worker.shutdown();
    }
}
