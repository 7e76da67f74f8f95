package org.setu.infra.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a finished backup folder holds, written last: a folder without it is an interrupted backup and is never
 * restored. The master key is never part of a backup; it is kept, and restored, apart from the data.
 */
record BackupManifest(String backupId, Instant startedAt, Instant finishedAt, long storeBytes, String storeSha256,
                      List<String> keyFiles, String requestedBy) {

    static final String FILE = "backup.json";
    static final String STORE_COPY = "setu-mongo.mv.zip";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    BackupManifest {
        keyFiles = List.copyOf(keyFiles);
    }

    void writeTo(Path folder) throws IOException {
        Path partial = folder.resolve(FILE + ".partial");
        JSON.writeValue(partial.toFile(), this);
        Files.move(partial, folder.resolve(FILE));
    }

    static Optional<BackupManifest> readFrom(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), BackupManifest.class));
        } catch (IOException e) {
            throw new IllegalStateException("The backup manifest " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
