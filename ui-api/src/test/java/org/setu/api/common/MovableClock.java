package org.setu.api.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A wall clock moved by hand, with a nanosecond ticker that moves with it (for caches that read a ticker). */
public final class MovableClock extends Clock {

    private Instant now;
    private long nanos;

    public MovableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration by) {
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
