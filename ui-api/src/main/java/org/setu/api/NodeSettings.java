package org.setu.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * This node's top-level settings, taken from the one {@code setu} tree: where it keeps its files
 * ({@code setu.data-dir}), the bootstrap users file ({@code setu.users-file}), and whether it runs on the embedded
 * default (no {@code setu.mongodb-uri}), on which some safe defaults depend.
 */
public record NodeSettings(Path dataDir, Optional<Path> usersFile, boolean embedded) {
}
