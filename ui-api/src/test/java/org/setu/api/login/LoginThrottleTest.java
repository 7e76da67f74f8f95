package org.setu.api.login;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The lockout policy as a table of states and instants: backoff, lock, expiry, forgetting. */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofSeconds(1),
            Duration.ofSeconds(60));

    /** The state after n failed attempts, each made as soon as the backoff allowed. */
    private LoginState afterFailures(int n) {
        LoginState state = LoginState.FRESH;
        Instant now = T0;
        for (int i = 0; i < n; i++) {
            var admitted = (LoginThrottle.Admitted) throttle.admit(state, now);
            state = admitted.reserved();
            now = state.notBefore();
        }
        return state;
    }

    @Test
    void each_failure_doubles_the_wait_before_the_next_attempt() {
        assertThat(throttle.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.backoffAfter(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.backoffAfter(40)).isEqualTo(Duration.ofSeconds(60));
        LoginState two = afterFailures(2);
        assertThat(Duration.between(two.lastAttempt(), two.notBefore())).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void an_attempt_within_the_backoff_is_refused_without_being_counted() {
        LoginState one = afterFailures(1);
        assertThat(throttle.admit(one, T0.plusMillis(500))).isEqualTo(new LoginThrottle.Refused(T0.plusSeconds(1), false));
        var next = (LoginThrottle.Admitted) throttle.admit(one, T0.plusSeconds(1));
        assertThat(next.reserved().failures()).isEqualTo(2);
        assertThat(next.reserved().version()).isEqualTo(one.version() + 1);
    }

    @Test
    void the_fifth_attempt_locks_if_wrong_and_the_lock_refuses_everything_until_it_ends() {
        LoginState four = afterFailures(4);
        var fifth = (LoginThrottle.Admitted) throttle.admit(four, four.notBefore());
        assertThat(fifth.locksIfWrong()).isTrue();
        assertThat(afterFailures(4)).extracting(LoginState::lockedUntil).isNull();
        LoginState locked = fifth.reserved();
        assertThat(locked.lockedUntil()).isEqualTo(four.notBefore().plus(Duration.ofMinutes(15)));
        assertThat(throttle.admit(locked, locked.lockedUntil().minusMillis(1)))
                .isEqualTo(new LoginThrottle.Refused(locked.lockedUntil(), true));
    }

    @Test
    void when_a_lock_ends_the_account_starts_again_from_no_failures() {
        LoginState locked = afterFailures(5);
        var after = (LoginThrottle.Admitted) throttle.admit(locked, locked.lockedUntil());
        assertThat(after.lockEnded()).isTrue();
        assertThat(after.locksIfWrong()).isFalse();
        assertThat(after.reserved().failures()).isEqualTo(1);
        assertThat(after.reserved().lockedUntil()).isNull();
    }

    @Test
    void failures_are_forgotten_after_a_quiet_lock_duration() {
        LoginState three = afterFailures(3);
        var later = (LoginThrottle.Admitted) throttle.admit(three, three.lastAttempt().plus(Duration.ofMinutes(15)));
        assertThat(later.reserved().failures()).isEqualTo(1);
        assertThat(later.lockEnded()).isFalse();
        var sooner = (LoginThrottle.Admitted) throttle.admit(three, three.lastAttempt().plus(Duration.ofMinutes(14)));
        assertThat(sooner.reserved().failures()).isEqualTo(4);
    }

    @Test
    void one_allowed_failure_locks_at_once() {
        var strict = new LoginThrottle(1, Duration.ofMinutes(1), Duration.ZERO, Duration.ZERO);
        assertThat(((LoginThrottle.Admitted) strict.admit(LoginState.FRESH, T0)).locksIfWrong()).isTrue();
    }

    @Test
    void the_backoff_and_the_lock_count_from_the_wrong_answer_not_from_the_start_of_the_check() {
        var admitted = (LoginThrottle.Admitted) throttle.admit(LoginState.FRESH, T0);
        LoginState failed = throttle.failed(admitted.reserved(), T0.plusMillis(700));
        assertThat(failed.notBefore()).isEqualTo(T0.plusMillis(1700));
        assertThat(failed.version()).isEqualTo(admitted.reserved().version() + 1);
        var fifth = (LoginThrottle.Admitted) throttle.admit(afterFailures(4), afterFailures(4).notBefore());
        LoginState locked = throttle.failed(fifth.reserved(), T0.plusSeconds(100));
        assertThat(locked.lockedUntil()).isEqualTo(T0.plusSeconds(100).plus(Duration.ofMinutes(15)));
        assertThat(locked.notBefore()).isEqualTo(locked.lockedUntil());
    }
}
