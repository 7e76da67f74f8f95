package org.setu.infra.mongo;

import java.nio.file.Path;

/** The data directory of the embedded default cannot hold Setu's store. */
public final class DataDirectoryException extends RuntimeException {

    public DataDirectoryException(Path dir, String problem) {
        super("Setu cannot use the data directory " + dir + ": " + problem
                + ". Set SETU_DATA_DIR to a writable directory, or MONGODB_URI to a MongoDB replica set.");
    }
}
