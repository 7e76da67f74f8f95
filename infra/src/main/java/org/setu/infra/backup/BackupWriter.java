package org.setu.infra.backup;

import org.setu.infra.mongo.EmbeddedMongoServer;
import org.setu.infra.privacy.MasterKey;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

/**
 * Writes one backup folder: the store copied online ({@link EmbeddedMongoServer#backupStore}), the data directory's
 * other key files, and the manifest last. The master key stays out: a backup that leaks without it reveals no
 * personal data, and a master key lost with the data would make the backup useless anyway.
 */
final class BackupWriter {

    static final String RESTORED_MARKER = "restored-from";

    private BackupWriter() {
    }

    static BackupManifest write(EmbeddedMongoServer server, Path dataDir, Path folder, String backupId, String requestedBy,
                                Clock clock, AtomicLong bytesCopied) throws IOException {
        Instant startedAt = clock.instant();
        Files.createDirectories(folder);
        MessageDigest sha256 = sha256();
        try (OutputStream file = Files.newOutputStream(folder.resolve(BackupManifest.STORE_COPY));
             ZipOutputStream zip = new CountingZip(new DigestOutputStream(file, sha256), bytesCopied)) {
            zip.setLevel(Deflater.BEST_SPEED);
            server.backupStore(zip);
        }
        List<String> keyFiles = keyFiles(dataDir);
        for (String name : keyFiles) {
            Files.copy(dataDir.resolve(name), folder.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        BackupManifest manifest = new BackupManifest(backupId, startedAt, clock.instant(), bytesCopied.get(),
                HexFormat.of().formatHex(sha256.digest()), keyFiles, requestedBy);
        manifest.writeTo(folder);
        return manifest;
    }

    /** The data directory's files besides the store and the master key (the embedded issuer's and audit's keys). */
    static List<String> keyFiles(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(EmbeddedMongoServer.STORE_FILE) && !name.equals(MasterKey.FILE)
                            && !name.equals(RESTORED_MARKER) && !name.startsWith(".") && !name.endsWith(".tempFile"))
                    .sorted().toList();
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Counts the store's bytes as they go into the zip (before compression), for the progress resource. */
    private static final class CountingZip extends ZipOutputStream {
        private final AtomicLong count;

        CountingZip(OutputStream out, AtomicLong count) {
            super(out);
            this.count = count;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            count.addAndGet(len);
        }
    }
}
