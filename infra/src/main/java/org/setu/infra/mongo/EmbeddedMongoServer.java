package org.setu.infra.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.util.zip.ZipOutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default: a MongoDB wire-protocol server in this process, file-backed (H2 MVStore) in the data
 * directory, bound to loopback only. Setu talks to it through the ordinary MongoDB driver, as it would to a real one.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    public static final String STORE_FILE = "setu-mongo.mv";
    /**
     * H2 rewrites a chunk in the background while less than this share of it is live (H2's default: 90 %). Setu
     * commits after every command and every view, so chunks thin out fast; at 90 % the rewriting took a fifth of the
     * process's CPU under load (decision 0018).
     */
    static final int COMPACT_BELOW_FILL_PERCENT = 50;
    /**
     * At most this many documents or index keys in a page (H2's default: 48): a commit writes every changed page
     * whole, each document Java-serialized, so smaller pages mean less written per commit (decision 0018).
     */
    static final int KEYS_PER_PAGE = 16;

    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path dataDir;

    private EmbeddedMongoServer(H2Backend backend, Path dataDir) {
        this.backend = backend;
        this.dataDir = dataDir;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
    }

    /** Opens (or creates) the store in {@code dataDir}; fails with a message naming the directory if it cannot. */
    public static EmbeddedMongoServer open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DataDirectoryException(dir, "it cannot be created (" + e.getMessage() + ")");
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new DataDirectoryException(dir, "it is not a writable directory");
        }
        Path store = dir.resolve(STORE_FILE);
        if (Files.exists(store) && !Files.isWritable(store)) {
            throw new DataDirectoryException(dir, STORE_FILE + " is not writable");
        }
        try {
            MVStore mvStore = new MVStore.Builder().fileName(store.toString())
                    .autoCompactFillRate(COMPACT_BELOW_FILL_PERCENT).keysPerPage(KEYS_PER_PAGE).open();
            try {
                return new EmbeddedMongoServer(new H2Backend(mvStore), dir);
            } catch (RuntimeException e) {
                mvStore.closeImmediately(); // the file stays unlocked for the next attempt
                throw e;
            }
        } catch (RuntimeException e) {
            throw new DataDirectoryException(dir, "its store could not be opened (" + e.getMessage() + ")");
        }
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    /** Writes everything acknowledged so far to the store file (the backend otherwise does so about once a second). */
    public void commit() {
        backend.commit();
    }

    /** The data directory the store lives in (absolute). */
    public Path dataDir() {
        return dataDir;
    }

    /** H2's store under the backend (for its settings and backups). */
    MVStore mvStore() {
        return backend.getMvStore();
    }

    /** The store file's size now, in bytes. */
    public long storeSize() {
        return mvStore().getFileStore().size();
    }

    /**
     * Copies the store into {@code out} (one entry, {@value #STORE_FILE}) while the server keeps serving: H2's own
     * online backup, which commits, stops reusing free space so that no chunk is overwritten during the copy, and
     * copies the file. The copy holds every write committed before the call and opens as the store would after a
     * crash at some instant during the copy.
     */
    public void backupStore(ZipOutputStream out) throws IOException {
        mvStore().commit();
        mvStore().getFileStore().backup(out);
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
