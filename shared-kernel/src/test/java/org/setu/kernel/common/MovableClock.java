package org.setu.kernel.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A wall clock moved by hand, with a nanosecond ticker that moves with it (for caches that read a ticker); a test
 * moves it while the code under test reads it from its own threads (deadline workers, key rotation), hence volatile.
 */
public final class MovableClock extends Clock {

    private volatile Instant now;
    private volatile long nanos;

    public MovableClock(Instant start) {
        this.now = start;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
        nanos += by.toNanos();
    }

    /** Nanoseconds moved since the start. */
    public long nanos() {
        return nanos;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
