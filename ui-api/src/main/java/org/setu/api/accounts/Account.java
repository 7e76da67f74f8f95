package org.setu.api.accounts;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;

import java.time.Instant;
import java.util.Set;

/**
 * A staff login account that Setu stores (the users file's accounts are not these). {@code passwordHash} is a
 * {@code {bcrypt}} hash, null until the invited person sets one. {@code epoch} counts the changes that end the
 * account's sessions (deactivation, a password reset or set, new roles): a session remembers the epoch it began in
 * and is no login once the account has moved on. {@code version} orders concurrent updates.
 */
public record Account(String username, String name, AgencyId agency, Set<Role> roles, AccountStatus status,
                      String passwordHash, long epoch, long version, Instant changedAt) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public static Account invited(String username, String name, AgencyId agency, Set<Role> roles, Instant at) {
        return new Account(username, name, agency, roles, AccountStatus.INVITED, null, 1, 1, at);
    }

    public boolean deactivated() {
        return status == AccountStatus.DEACTIVATED;
    }

    /** Whether a login with this account may begin: active, with a password. */
    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    public Account withPassword(String hash, Instant at) {
        return new Account(username, name, agency, roles, AccountStatus.ACTIVE, hash, epoch + 1, version + 1, at);
    }

    public Account withRoles(Set<Role> next, Instant at) {
        return new Account(username, name, agency, next, status, passwordHash, epoch + 1, version + 1, at);
    }

    public Account deactivate(Instant at) {
        return new Account(username, name, agency, roles, AccountStatus.DEACTIVATED, passwordHash, epoch + 1, version + 1, at);
    }

    /** Back to where it stood: active when it had a password, invited otherwise. */
    public Account reactivate(Instant at) {
        AccountStatus back = passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
        return new Account(username, name, agency, roles, back, passwordHash, epoch + 1, version + 1, at);
    }

    /** A password reset: the old password stops working at once, the new link sets the next one. */
    public Account resetPassword(Instant at) {
        return new Account(username, name, agency, roles, AccountStatus.INVITED, null, epoch + 1, version + 1, at);
    }
}
