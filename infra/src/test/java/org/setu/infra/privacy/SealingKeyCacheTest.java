package org.setu.infra.privacy;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.MovableClock;
import org.setu.kernel.referral.CaseId;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The sealing keys a node keeps: for a minute at most, a bounded number, gone at once when removed. */
class SealingKeyCacheTest {

    private static final CaseId CASE = new CaseId("C-0001");
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-08T00:00:00Z"));
    private final SealingKeyCache cache = new SealingKeyCache(clock, Duration.ofMinutes(1), 3);
    private final SecretKey key = AesGcm.newKey();

    @Test
    void a_key_is_kept_for_its_lifetime_and_not_after() {
        cache.put(CASE, key);
        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get(CASE)).isSameAs(key);
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.get(CASE)).isNull();
    }

    @Test
    void a_removed_key_is_gone_at_once() {
        cache.put(CASE, key);
        cache.remove(CASE);
        assertThat(cache.get(CASE)).isNull();
    }

    @Test
    void no_more_keys_are_held_than_the_bound() {
        for (int i = 0; i < 10; i++) {
            cache.put(new CaseId("C-000" + i), AesGcm.newKey());
        }
        assertThat(cache.size()).isEqualTo(3);
    }
}
