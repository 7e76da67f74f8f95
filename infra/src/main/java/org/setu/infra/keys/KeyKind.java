package org.setu.infra.keys;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What differs between the network's signing keys: how one is made, where an older node kept it, how long it verifies. */
interface KeyKind {

    /** The purpose, e.g. {@code token-signing}: the prefix of the stored documents' ids. */
    String purpose();

    KeyMaterial generate();

    /** The key a node of an earlier version kept in its data directory, if that file is there. */
    Optional<KeyMaterial> legacy(Path dataDir);

    /** The files of {@link #legacy}, deleted once the key is in the store. */
    List<Path> legacyFiles(Path dataDir);

    /** How long a key keeps verifying after a newer one took over signing; null: for ever. */
    Duration overlap();
}
