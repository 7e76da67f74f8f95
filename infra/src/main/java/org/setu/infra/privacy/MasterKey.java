package org.setu.infra.privacy;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;
import com.mongodb.client.MongoDatabase;

/**
 * The key that wraps every subject's data key. From {@code SETU_MASTER_KEY} (base64 of 32 bytes) when set; on the
 * embedded default otherwise from {@code master.key} in the data directory, generated there on first start and
 * readable by its owner only. A check value sealed with it is stored beside the subject keys, so a missing or
 * different key is caught at start-up instead of leaving data unreadable.
 */
public final class MasterKey {

    public static final String FILE = "master.key";
    static final String CHECK_ID = "#master-key-check";
    static final String CHECK_AAD = "setu-master-key-check";
    static final byte[] CHECK_TEXT = "setu".getBytes(StandardCharsets.US_ASCII);

    private MasterKey() {
    }

    /**
     * @param configured the configured key (base64), or blank
     * @param dataDir    the embedded default's data directory, or null when running against a real MongoDB
     */
    public static SecretKey load(String configured, Path dataDir, MongoCollection<Document> keys) {
        return load(configured, null, dataDir, keys, null);
    }

    /**
     * As {@link #load(String, Path, MongoCollection)}; with {@code previous} (SETU_MASTER_KEY_PREVIOUS) set and the data
     * still sealed under it, everything wrapped by the master key is re-wrapped under the configured one first.
     */
    public static SecretKey load(String configured, String previous, Path dataDir, MongoCollection<Document> keys,
                                 MongoDatabase database) {
        if (previous != null && !previous.isBlank()) {
            if (configured == null || configured.isBlank()) {
                throw new MasterKeyException("SETU_MASTER_KEY_PREVIOUS is set but SETU_MASTER_KEY is not: a rotation "
                        + "needs the new key in SETU_MASTER_KEY.");
            }
            SecretKey current = decode(configured.strip(), "SETU_MASTER_KEY");
            SecretKey old = decode(previous.strip(), "SETU_MASTER_KEY_PREVIOUS");
            Document check = keys.find(Filters.eq("_id", CHECK_ID)).first();
            if (check != null && !opens(current, check) && opens(old, check)) {
                MasterKeyRotation.rotate(database, old, current);
            }
        }
        boolean sealedDataExists = keys.find(Filters.eq("_id", CHECK_ID)).first() != null;
        SecretKey key;
        if (configured != null && !configured.isBlank()) {
            key = decode(configured.strip(), "SETU_MASTER_KEY");
        } else if (dataDir == null) {
            throw new MasterKeyException("SETU_MASTER_KEY is not set. With MONGODB_URI Setu needs the master key from "
                    + "the environment (base64 of 32 random bytes, e.g. `openssl rand -base64 32`).");
        } else {
            key = fromDataDirectory(dataDir.resolve(FILE), sealedDataExists);
        }
        verify(key, keys, sealedDataExists);
        return key;
    }

    private static SecretKey fromDataDirectory(Path file, boolean sealedDataExists) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            if (sealedDataExists) {
                throw new MasterKeyException("The master key " + file + " is missing, but the data directory holds "
                        + "personal data sealed with one. Restore the file (or set SETU_MASTER_KEY); Setu does not start "
                        + "with data it cannot read.");
            }
            SecretKey key = AesGcm.newKey();
            writeOwnerOnly(file, Base64.getEncoder().encodeToString(key.getEncoded()));
            return key;
        } catch (IOException e) {
            throw new MasterKeyException("Cannot read or create the master key " + file + ": " + e.getMessage());
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new MasterKeyException("The master key " + file + " appeared while Setu was creating it");
        }
        Files.writeString(file, content + "\n", StandardCharsets.US_ASCII);
    }

    private static SecretKey decode(String base64, String source) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            if (bytes.length == AesGcm.KEY_BYTES) {
                return AesGcm.key(bytes);
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw new MasterKeyException("The master key in " + source + " is not base64 of 32 bytes.");
    }

    private static boolean opens(SecretKey key, Document check) {
        try {
            AesGcm.open(key, CHECK_AAD, check.get("sealed", Binary.class).getData());
            return true;
        } catch (AesGcm.TamperedException e) {
            return false;
        }
    }

    private static void verify(SecretKey key, MongoCollection<Document> keys, boolean sealedDataExists) {
        if (!sealedDataExists) {
            if (UniqueKeys.took(() -> keys.insertOne(new Document("_id", CHECK_ID)
                    .append("sealed", new Binary(AesGcm.seal(key, CHECK_AAD, CHECK_TEXT)))))) {
                return;
            }
            // Another node starting at the same moment stored its check first: ours must open it.
        }
        Document check = keys.find(Filters.eq("_id", CHECK_ID)).first();
        try {
            AesGcm.open(key, CHECK_AAD, check.get("sealed", Binary.class).getData());
        } catch (AesGcm.TamperedException e) {
            throw new MasterKeyException("The master key is not the one this data was sealed with; Setu does not start "
                    + "with data it cannot read. Set SETU_MASTER_KEY (or restore master.key) to the original key.");
        }
    }
}
