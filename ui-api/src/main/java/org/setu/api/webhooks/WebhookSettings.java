package org.setu.api.webhooks;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Set;

/**
 * Webhooks ({@code setu.webhooks.*}). Delivery: how often subscriptions are looked at, the HTTP timeout, how many
 * attempts before a dead letter, the backoff's base and cap, how long a rotated-out secret keeps signing. Registration:
 * how many webhooks a partner may hold, whether receivers on localhost are allowed (unset: only on the embedded
 * default, see {@link #localhostAllowed(boolean)}), and the hosts allowed despite resolving to private addresses.
 */
public record WebhookSettings(@DefaultValue("PT1S") Duration poll, @DefaultValue("PT10S") Duration timeout,
                              @DefaultValue("8") int maxAttempts, @DefaultValue("PT5S") Duration backoffBase,
                              @DefaultValue("PT1H") Duration backoffMax, @DefaultValue("PT24H") Duration rotationOverlap,
                              @DefaultValue("5") int maxPerPartner, Boolean allowLocalhost,
                              @DefaultValue Set<String> allowedHosts) {

    /** Localhost receivers as configured, or by default only on the embedded default (no MongoDB URI). */
    public boolean localhostAllowed(boolean embedded) {
        return allowLocalhost == null ? embedded : allowLocalhost;
    }
}
