package org.setu.infra.keys;

import java.time.Instant;

/**
 * A key of the network's ring: generation 1, 2, ... in the order they were made (the newest signs); generation 0 for
 * a key imported from a node's data directory after the ring already had one (it only verifies).
 */
record StoredKey(String id, int generation, KeyMaterial material, Instant createdAt) {
}
