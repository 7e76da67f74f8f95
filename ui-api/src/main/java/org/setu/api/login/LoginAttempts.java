package org.setu.api.login;

/**
 * Where each account's {@link LoginState} is kept, shared by every node so that a lock holds wherever the next guess
 * arrives. Implemented in infra (MongoDB, keyed by an HMAC of the account so guessed names are not stored in clear).
 * Calls block: run them off the event loop.
 */
public interface LoginAttempts {

    /** The account's state, {@link LoginState#FRESH} when nothing is remembered. */
    LoginState find(String account);

    /** Stores {@code next} if the state is still {@code expected} (same version); false when another attempt won. */
    boolean replace(String account, LoginState expected, LoginState next);

    /** Forgets the account's failures and lock (a right password, or an administrator's unlock). */
    void clear(String account);
}
