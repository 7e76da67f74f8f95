package org.setu.infra.node;


import java.nio.file.Path;

/**
 * The node's data directory ({@code setu.data-dir}, {@code SETU_DATA_DIR}; a view of {@code SetuSettings}): the embedded store and master key on the
 * embedded default, and on every node its identity ({@link NodeIdentity}).
 */
public record DataDirectory(Path dataDir) {

    public DataDirectory {
        dataDir = dataDir == null ? Path.of("./data") : dataDir;
    }

    public Path path() {
        return dataDir;
    }
}
