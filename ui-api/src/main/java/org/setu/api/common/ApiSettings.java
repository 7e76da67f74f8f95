package org.setu.api.common;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web API's front-door limits ({@code setu.api.*}): the request rate per caller and the largest URI and header
 * block Setu answers itself (as problems) rather than leaving to Netty.
 */
public record ApiSettings(@DefaultValue RateLimit rateLimit, @DefaultValue("8192") int maxUriLength,
                          @DefaultValue("16384") int maxHeaderBytes) {

    /** A token bucket per caller: {@code perSecond} refill, {@code burst} capacity. */
    public record RateLimit(@DefaultValue("50") long perSecond, @DefaultValue("100") long burst) {
    }
}
