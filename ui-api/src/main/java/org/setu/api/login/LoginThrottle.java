package org.setu.api.login;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout policy as pure decisions: an attempt on a locked account, or sooner than the backoff after the last
 * failure, is refused without looking at the password; otherwise it is let through and counted as a failure until it
 * proves right (and already waits out a backoff, so parallel guesses are refused while it is checked). The n-th consecutive failure makes the next attempt wait {@code backoff·2^(n-1)} (capped); the
 * {@code maxFailures}-th locks the account for {@code lockDuration}. Failures are forgotten after a quiet
 * {@code lockDuration}, and when a lock ends.
 */
public record LoginThrottle(int maxFailures, Duration lockDuration, Duration backoff, Duration backoffMax) {

    public LoginThrottle {
        if (maxFailures < 1 || lockDuration.isNegative() || backoff.isNegative() || backoffMax.isNegative()) {
            throw new IllegalArgumentException("setu.auth.lockout: max-failures must be at least 1, durations positive");
        }
    }

    /** The outcome of asking to try a password. */
    public sealed interface Admission {
    }

    /** Refused until {@code until}; {@code locked} tells a lock from a backoff. */
    public record Refused(Instant until, boolean locked) implements Admission {
    }

    /**
     * Let through: {@code reserved} is the state to store before checking the password; {@code lockEnded} when a past
     * lock ran out; {@code locksIfWrong} when a wrong password now locks the account.
     */
    public record Admitted(LoginState reserved, boolean lockEnded, boolean locksIfWrong) implements Admission {
    }

    public Admission admit(LoginState state, Instant now) {
        if (state.lockedAt(now)) {
            return new Refused(state.lockedUntil(), true);
        }
        if (state.notBefore() != null && now.isBefore(state.notBefore())) {
            return new Refused(state.notBefore(), false);
        }
        boolean lockEnded = state.lockedUntil() != null;
        boolean forgotten = lockEnded || state.lastAttempt() == null || !now.isBefore(state.lastAttempt().plus(lockDuration));
        int failures = (forgotten ? 0 : state.failures()) + 1;
        boolean locks = failures >= maxFailures;
        Instant lockedUntil = locks ? now.plus(lockDuration) : null;
        Instant notBefore = locks ? lockedUntil : now.plus(backoffAfter(failures));
        return new Admitted(new LoginState(failures, now, notBefore, lockedUntil, state.version() + 1), lockEnded, locks);
    }

    /**
     * The state once the reserved attempt has proved wrong at {@code now}: the backoff (or the lock) counts from the
     * answer, not from the start of a check that may have taken a while.
     */
    public LoginState failed(LoginState reserved, Instant now) {
        Instant lockedUntil = reserved.lockedUntil() == null ? null : now.plus(lockDuration);
        Instant notBefore = lockedUntil != null ? lockedUntil : now.plus(backoffAfter(reserved.failures()));
        return new LoginState(reserved.failures(), reserved.lastAttempt(), notBefore, lockedUntil, reserved.version() + 1);
    }

    /** The wait after the n-th consecutive failure. */
    public Duration backoffAfter(int failures) {
        long millis = backoff.toMillis() << Math.min(failures - 1, 30);
        return Duration.ofMillis(Math.min(millis < 0 ? Long.MAX_VALUE : millis, backoffMax.toMillis()));
    }
}
