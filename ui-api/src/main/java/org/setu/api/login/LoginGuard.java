package org.setu.api.login;

import org.setu.kernel.audit.AccountLockedEvent;
import org.setu.kernel.audit.AccountUnlockedEvent;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Stamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Logins under the lockout policy ({@link LoginThrottle}): the attempt is reserved in the shared store before the
 * password is checked, so parallel guesses cannot outrun the count, and a refused attempt never checks the password
 * (a locked account answers the same whether it was right or not). Unknown names are throttled exactly like known
 * ones, so a lock tells no one that a name exists; only locks of known accounts enter the audit trail (published in
 * the background, so the answer takes no longer for them).
 */
public final class LoginGuard {

    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);

    /** Whose login: a person of the users file or a partner client. */
    public enum Kind { USER, CLIENT }

    /** What an attempt came to. */
    public sealed interface Outcome<T> {
    }

    public record Granted<T>(T account) implements Outcome<T> {
    }

    public record Denied<T>() implements Outcome<T> {
    }

    /** Not checked: locked or backing off until {@code until}. */
    public record Throttled<T>(Instant until, boolean locked) implements Outcome<T> {
    }

    private final LoginAttempts store;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Consumer<Object> audit;

    public LoginGuard(LoginAttempts store, LoginThrottle throttle, Clock clock, Consumer<Object> audit) {
        this.store = store;
        this.throttle = throttle;
        this.clock = clock;
        this.audit = audit;
    }

    /** Runs {@code check} (the password verification) unless the account is throttled. Blocks. */
    public <T> Outcome<T> attempt(Kind kind, String name, boolean known, Supplier<Optional<T>> check) {
        String account = key(kind, name);
        Instant now = clock.instant();
        LoginState state = store.find(account);
        LoginThrottle.Admission admission = throttle.admit(state, now);
        if (admission instanceof LoginThrottle.Refused refused) {
            return new Throttled<>(refused.until(), refused.locked());
        }
        LoginThrottle.Admitted admitted = (LoginThrottle.Admitted) admission;
        if (!store.replace(account, state, admitted.reserved())) {
            // Another attempt on the same account got there first: this one waits like after a failure.
            return new Throttled<>(now.plus(throttle.backoffAfter(1)), false);
        }
        if (admitted.lockEnded() && known) {
            publish(new AccountUnlockedEvent(name, kind.name(), "LOCK_EXPIRED", stamp(Actor.SETU, now)));
        }
        Optional<T> granted = check.get();
        if (granted.isPresent()) {
            store.clear(account);
            return new Granted<>(granted.get());
        }
        LoginState failed = throttle.failed(admitted.reserved(), clock.instant());
        store.replace(account, admitted.reserved(), failed); // lost to a newer attempt: that one's state stands
        if (admitted.locksIfWrong()) {
            LOG.warn("Login account {} {} locked until {} after {} failed attempts", kind.name().toLowerCase(Locale.ROOT),
                    known ? name : "(unknown name)", failed.lockedUntil(), failed.failures());
            if (known) {
                publish(new AccountLockedEvent(name, kind.name(), failed.failures(), failed.lockedUntil(), stamp(Actor.SETU, now)));
            }
        }
        return new Denied<>();
    }

    /** An administrator's unlock: forgets failures and lock, recorded in the audit trail. Blocks. */
    public void unlock(Kind kind, String name, Actor by) {
        store.clear(key(kind, name));
        audit.accept(new AccountUnlockedEvent(name, kind.name(), "BY_ADMIN", stamp(by, clock.instant())));
    }

    private void publish(Object event) {
        Schedulers.boundedElastic().schedule(() -> {
            try {
                audit.accept(event);
            } catch (RuntimeException e) {
                LOG.error("Could not record {} in the audit trail", event, e);
            }
        });
    }

    private static Stamp stamp(Actor actor, Instant at) {
        return new Stamp(new CommandId(UUID.randomUUID().toString()), actor, at);
    }

    private static String key(Kind kind, String name) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + (name == null ? "" : name);
    }
}
