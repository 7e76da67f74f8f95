package org.setu.api.accounts;

import org.setu.kernel.common.AgencyId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where stored accounts and their set-password links live, shared by every node (MongoDB, implemented in infra).
 * Every lookup is by exact key; calls block, so run them off the event loop.
 */
public interface Accounts {

    Optional<Account> find(String username);

    /** The agency's accounts, by username. */
    List<Account> of(AgencyId agency);

    /** Stores a new account; false when the username is taken. */
    boolean insert(Account account);

    /** Stores {@code next} if the stored account is still at {@code expected}'s version; false otherwise. */
    boolean replace(Account expected, Account next);

    /** Remembers a link (by the hash of its token) as the account's only valid one, replacing any earlier link. */
    void saveLink(String username, String tokenHash, Instant expiresAt);

    /** The link for this token hash, if it is still the account's current one (not taken, not replaced). */
    Optional<Link> findLink(String tokenHash);

    /** Takes the link for this token hash away (single use) and answers it, if it was the account's current one. */
    Optional<Link> takeLink(String tokenHash);

    /** A set-password link as stored: whose, and until when. */
    record Link(String username, Instant expiresAt) {
    }
}
