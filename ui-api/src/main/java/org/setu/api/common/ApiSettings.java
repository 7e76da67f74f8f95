package org.setu.api.common;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The web API's front-door limits ({@code setu.api.*}): the request rate per caller and the largest URI and header
 * block Setu answers itself (as problems) rather than leaving to Netty; and how often a live queue stream asks a
 * shared store for changes made on other nodes ({@code queue-stream-poll}; not on the embedded default).
 */
public record ApiSettings(@DefaultValue RateLimit rateLimit, @DefaultValue("8192") int maxUriLength,
                          @DefaultValue("16384") int maxHeaderBytes, @DefaultValue("PT1S") Duration queueStreamPoll) {

    public ApiSettings {
        if (queueStreamPoll == null || queueStreamPoll.isNegative() || queueStreamPoll.isZero()) {
            throw new IllegalArgumentException("setu.api.queue-stream-poll must be a positive duration, such as PT1S");
        }
    }

    /** A token bucket per caller: {@code perSecond} refill, {@code burst} capacity. */
    public record RateLimit(@DefaultValue("50") long perSecond, @DefaultValue("100") long burst) {
    }
}
