package org.setu.infra.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.setu.kernel.referral.CaseId;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Data keys this node unwrapped recently, for sealing only: bounded and short-lived, and dropped at once when this
 * node destroys the key. The lifetime bounds how long this node can still seal under a key another node destroyed;
 * it is read from the vault's clock. Caffeine keeps the bound and the lifetime; its upkeep runs on the caller's
 * thread, as the vault's own work does.
 */
final class SealingKeyCache {

    private final Cache<CaseId, SecretKey> entries;

    SealingKeyCache(Clock clock, Duration ttl, int capacity) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(ttl)
                .ticker(() -> nanos(clock.instant()))
                .executor(Runnable::run)
                .build();
    }

    SecretKey get(CaseId caseId) {
        return entries.getIfPresent(caseId);
    }

    void put(CaseId caseId, SecretKey key) {
        entries.put(caseId, key);
    }

    void remove(CaseId caseId) {
        entries.invalidate(caseId);
    }

    /** How many keys are held (after the cache's upkeep). */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private static long nanos(Instant at) {
        return TimeUnit.SECONDS.toNanos(at.getEpochSecond()) + at.getNano();
    }
}
