package org.setu.infra.keys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The keys of one purpose as this node sees them: the newest generation signs, older ones verify for the kind's
 * overlap after the next one took over. The first node to start creates generation 1 (or imports its data directory's
 * legacy key as generation 1); a key older than {@code rotateAfter} is succeeded by the next generation, created by
 * whichever node notices first. A key given by configuration signs instead, and the stored ones still verify.
 * Re-read in the background every {@code refreshEvery}, so no request waits for the store, and at once (throttled)
 * when asked for a key id this node has not seen, since another node may have rotated a moment ago.
 */
public final class KeyRing implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRing.class);
    private static final Duration FORCED_REFRESH_GAP = Duration.ofSeconds(1);

    /** What signs and what verifies, as last read. */
    record Snapshot(KeyMaterial signing, List<KeyMaterial> verifying) {
    }

    private final NetworkKeyStore store;
    private final KeyKind kind;
    private final Duration rotateAfter;
    private final KeyMaterial configured;
    private final Clock clock;
    private final ScheduledExecutorService refresher;
    private volatile Snapshot snapshot;
    private volatile Instant lastRefresh = Instant.EPOCH;

    KeyRing(NetworkKeyStore store, KeyKind kind, Duration rotateAfter, KeyMaterial configured, Path legacyDir,
            Duration refreshEvery, Clock clock) {
        this.store = store;
        this.kind = kind;
        this.rotateAfter = rotateAfter;
        this.configured = configured;
        this.clock = clock;
        if (legacyDir != null) {
            importLegacy(legacyDir);
        }
        refresh();
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "setu-keys-" + kind.purpose());
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refreshSafely, refreshEvery.toMillis(), refreshEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    Snapshot current() {
        return snapshot;
    }

    /** The snapshot after a fresh read, unless one was made less than a second ago (an unknown key id is cheap to send). */
    Snapshot refreshed() {
        if (Duration.between(lastRefresh, clock.instant()).compareTo(FORCED_REFRESH_GAP) >= 0) {
            refresh();
        }
        return snapshot;
    }

    synchronized void refresh() {
        List<StoredKey> all = store.all(kind.purpose());
        if (configured == null) {
            all = withCurrentGeneration(all);
        }
        Instant now = clock.instant();
        lastRefresh = now;
        snapshot = new Snapshot(configured != null ? configured : newest(all).orElseThrow().material(), verifying(all, now));
    }

    private void refreshSafely() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not re-read the {} keys; the ones read before stay in use: {}", kind.purpose(), e.toString());
        }
    }

    /** Creates generation 1, or the next one when the newest is due for rotation; a node that loses the race reads the winner's. */
    private List<StoredKey> withCurrentGeneration(List<StoredKey> all) {
        Optional<StoredKey> newest = newest(all);
        Instant now = clock.instant();
        if (newest.isPresent() && newest.get().createdAt().plus(rotateAfter).isAfter(now)) {
            return all;
        }
        int next = newest.map(k -> k.generation() + 1).orElse(1);
        if (store.insert(NetworkKeyStore.id(kind.purpose(), next), kind.purpose(), next, kind.generate(), "generated", now)) {
            LOG.info("Created the network's {} key, generation {}", kind.purpose(), next);
        }
        return store.all(kind.purpose());
    }

    private static Optional<StoredKey> newest(List<StoredKey> all) {
        return all.stream().filter(k -> k.generation() > 0).reduce((a, b) -> b);
    }

    private List<KeyMaterial> verifying(List<StoredKey> all, Instant now) {
        List<KeyMaterial> keys = new ArrayList<>();
        if (configured != null) {
            keys.add(configured);
        }
        List<StoredKey> generations = all.stream().filter(k -> k.generation() > 0).toList();
        for (StoredKey key : all) {
            Instant supersededAt = key.generation() == 0 ? key.createdAt() : generations.stream()
                    .filter(g -> g.generation() > key.generation()).map(StoredKey::createdAt).findFirst().orElse(null);
            boolean stillVerifies = supersededAt == null || kind.overlap() == null
                    || supersededAt.plus(kind.overlap()).isAfter(now);
            if (stillVerifies && keys.stream().noneMatch(k -> k.keyId().equals(key.material().keyId()))) {
                keys.add(key.material());
            }
        }
        return List.copyOf(keys);
    }

    /**
     * A key an earlier version kept in this node's data directory joins the ring once: as generation 1 if the ring is
     * empty, otherwise as a key that only verifies (tokens and checkpoints it signed stay valid). The files are deleted
     * only once the store holds the key.
     */
    private void importLegacy(Path dataDir) {
        Optional<KeyMaterial> legacy = kind.legacy(dataDir);
        if (legacy.isEmpty()) {
            return;
        }
        KeyMaterial key = legacy.get();
        Instant now = clock.instant();
        if (!held(key)) {
            boolean first = store.all(kind.purpose()).stream().noneMatch(k -> k.generation() > 0)
                    && store.insert(NetworkKeyStore.id(kind.purpose(), 1), kind.purpose(), 1, key, "imported", now);
            if (!first) {
                store.insert(kind.purpose() + "#imported-" + key.keyId(), kind.purpose(), 0, key, "imported", now);
            }
            LOG.info("Imported the {} key {} from {} into the network's keys", kind.purpose(), key.keyId(), dataDir);
        }
        if (held(key)) {
            for (Path file : kind.legacyFiles(dataDir)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete {} after importing it: {}", file, e.toString());
                }
            }
        }
    }

    private boolean held(KeyMaterial key) {
        return store.all(kind.purpose()).stream().anyMatch(k -> k.material().publicText().equals(key.publicText()));
    }

    @Override
    public void close() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }
}
