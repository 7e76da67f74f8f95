package org.setu.infra.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A webhook subscription as the dispatcher decides on it: where it delivers, how far its feed is delivered
 * ({@code cursor}), the retry it waits for, if any, and the dead letters queued for redelivery (oldest request first).
 * Read from its stored document unchanged; the decisions on it are {@link Deliveries}.
 */
record Subscription(String id, String partner, String url, long cursor, Optional<Pending> pending,
                    List<Long> redeliveries, List<SealedSecret> secrets) {

    /** A failed delivery of {@code position} waiting for its next attempt at {@code next}. */
    record Pending(long position, int attempts, Instant next) {
    }

    /** A signing secret sealed with the master key; a rotated-out one signs until {@code retiresAt}. */
    record SealedSecret(byte[] sealed, Instant retiresAt) {

        boolean signsAt(Instant now) {
            return retiresAt == null || retiresAt.isAfter(now);
        }
    }
}
