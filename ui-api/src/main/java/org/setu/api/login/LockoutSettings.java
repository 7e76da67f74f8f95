package org.setu.api.login;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Login lockout ({@code setu.auth.lockout.*}, decision 0011): failures before an account locks, how long it stays
 * locked, and the growing pause between failed attempts with its cap.
 */
public record LockoutSettings(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration lockDuration,
                              @DefaultValue("PT1S") Duration backoff, @DefaultValue("PT1M") Duration backoffMax) {

    public static LockoutSettings defaults() {
        return new LockoutSettings(5, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    public LoginThrottle throttle() {
        return new LoginThrottle(maxFailures, lockDuration, backoff, backoffMax);
    }
}
