package org.setu.api.login;

import java.time.Instant;

/**
 * What is remembered of one account's recent logins: consecutive failed attempts (an attempt counts as failed from
 * the moment it is let through until its password proves right), when the last one began, until when the next must
 * wait (backoff) and until when the account is locked. {@code version} orders concurrent updates.
 */
public record LoginState(int failures, Instant lastAttempt, Instant notBefore, Instant lockedUntil, long version) {

    /** An account with no failed attempt to remember. */
    public static final LoginState FRESH = new LoginState(0, null, null, null, 0);

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
