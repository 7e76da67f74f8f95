package org.setu.infra.backup;

import org.setu.infra.mongo.DataDirectoryException;
import org.setu.infra.mongo.EmbeddedMongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Restores a backup folder into a fresh data directory before the embedded store opens: the store, then the key
 * files the manifest lists. It refuses an unfinished backup, a copy whose checksum differs from the manifest's, and a
 * data directory that holds a store already (a restore never overwrites data). A restart with the same setting finds
 * the marker it left and goes on with the restored store.
 */
public final class StoreRestore {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRestore.class);

    private StoreRestore() {
    }

    public static void into(Path dataDir, Path backupFolder) {
        Path dir = dataDir.toAbsolutePath().normalize();
        BackupManifest manifest = BackupManifest.readFrom(backupFolder).orElseThrow(() -> new DataDirectoryException(dir,
                "the backup to restore, " + backupFolder + ", has no " + BackupManifest.FILE + " (an unfinished backup, or not a backup)"));
        Path marker = dir.resolve(BackupWriter.RESTORED_MARKER);
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(manifest.backupId())) {
                LOG.info("Data directory {} was restored from backup {} before; starting on it", dir, manifest.backupId());
                return;
            }
            if (Files.exists(dir.resolve(EmbeddedMongoServer.STORE_FILE))) {
                throw new DataDirectoryException(dir, "it holds a store already; restore backup " + manifest.backupId()
                        + " into a fresh data directory");
            }
            Files.createDirectories(dir);
            // The checksum first: a damaged archive must say so, not fail somewhere inside the unzipping.
            Path copy = backupFolder.resolve(BackupManifest.STORE_COPY);
            if (!sha256Of(copy).equals(manifest.storeSha256())) {
                throw new DataDirectoryException(dir, "backup " + manifest.backupId() + " is damaged: its store copy's "
                        + "checksum differs from the manifest's");
            }
            extractStore(copy, dir);
            for (String name : manifest.keyFiles()) {
                Files.copy(backupFolder.resolve(plainName(name)), dir.resolve(plainName(name)));
            }
            Files.writeString(marker, manifest.backupId());
        } catch (IOException e) {
            throw new DataDirectoryException(dir, "backup " + manifest.backupId() + " could not be restored there (" + e + ")");
        }
        LOG.info("Restored backup {} (started {}) into {}", manifest.backupId(), manifest.startedAt(), dir);
    }

    private static String sha256Of(Path file) throws IOException {
        MessageDigest sha256 = BackupWriter.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Extracts the store's one entry, by its known name only (no path from the archive is ever used). */
    private static String extractStore(Path zipFile, Path dir) throws IOException {
        MessageDigest sha256 = BackupWriter.sha256();
        boolean found = false;
        try (InputStream file = new DigestInputStream(Files.newInputStream(zipFile), sha256);
             ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(EmbeddedMongoServer.STORE_FILE) && !found) {
                    Files.copy(zip, dir.resolve(EmbeddedMongoServer.STORE_FILE));
                    found = true;
                }
            }
            // The rest (the archive's directory) goes through the digest too: the checksum covers the whole file.
            file.transferTo(OutputStream.nullOutputStream());
        }
        if (!found) {
            throw new IOException(zipFile + " holds no " + EmbeddedMongoServer.STORE_FILE);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String plainName(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("The manifest names a file that is not a plain file name: " + name);
        }
        return name;
    }
}
