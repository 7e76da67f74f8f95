package org.setu.infra.privacy;

import org.setu.kernel.referral.CaseId;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Data keys this node unwrapped recently, for sealing only: bounded (least recently used go first) and short-lived,
 * and dropped at once when this node destroys the key.
 */
final class SealingKeyCache {

    private record Cached(SecretKey key, Instant until) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Map<CaseId, Cached> entries;

    SealingKeyCache(Clock clock, Duration ttl, int capacity) {
        this.clock = clock;
        this.ttl = ttl;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<CaseId, Cached> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized SecretKey get(CaseId caseId) {
        Cached entry = entries.get(caseId);
        if (entry == null) {
            return null;
        }
        if (clock.instant().isAfter(entry.until())) {
            entries.remove(caseId);
            return null;
        }
        return entry.key();
    }

    synchronized void put(CaseId caseId, SecretKey key) {
        entries.put(caseId, new Cached(key, clock.instant().plus(ttl)));
    }

    synchronized void remove(CaseId caseId) {
        entries.remove(caseId);
    }
}
