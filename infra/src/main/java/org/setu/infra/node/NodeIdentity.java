package org.setu.infra.node;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Who this node is, the same across restarts: the owner name on its processor claims, webhook leases and deadline
 * claims, so that a node restarted on the same data directory takes back its own claims at once instead of waiting
 * for them to time out. The data directory is locked while the node runs: two processes sharing one identity would
 * both believe they hold the same claims.
 */
public final class NodeIdentity implements AutoCloseable {

    static final String FILE = "node-id";
    static final String LOCK = "node.lock";
    private final String id;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private NodeIdentity(String id, FileChannel lockChannel, FileLock lock) {
        this.id = id;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The configured identity, or the one stored in the data directory (made on first start). */
    public static NodeIdentity open(String configured, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Setu process runs on the data directory " + dataDir
                        + ": each node needs its own (its identity is kept there)");
            }
            return new NodeIdentity(configured != null ? configured : stored(dataDir.resolve(FILE)), channel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the node identity in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static String stored(Path file) throws IOException {
        if (Files.exists(file)) {
            String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!id.isEmpty()) {
                return id;
            }
        }
        String id = "node-" + UUID.randomUUID();
        Path partial = file.resolveSibling(FILE + ".tmp");
        Files.writeString(partial, id + "\n", StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return id;
    }

    public String id() {
        return id;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }

    @Override
    public String toString() {
        return id;
    }
}
