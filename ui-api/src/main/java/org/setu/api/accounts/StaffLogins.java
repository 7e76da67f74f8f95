package org.setu.api.accounts;

import org.setu.api.security.UserDirectory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Optional;

/**
 * Every staff login, of the users file (the bootstrap, checked first) or stored by Setu. A stored account signs in
 * only while active and with a password; otherwise, and for unknown names, the same BCrypt work is done against the
 * users file's reference hash, so timing tells no one which names exist or which accounts are invited or deactivated.
 * Calls block (MongoDB, BCrypt).
 */
public final class StaffLogins {

    /**
     * Who signed in; {@code epoch} is the stored account's epoch at that moment (null for the users file), so a
     * session can tell when the account has since been deactivated, reset or given new roles.
     */
    public record StaffLogin(String username, String name, String agency, List<String> roles, Long epoch) {
    }

    private final UserDirectory users;
    private final Accounts accounts;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public StaffLogins(UserDirectory users, Accounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    /** Whether the name is an account at all (for the lockout's audit of locks, never told to the caller). */
    public boolean knows(String username) {
        return users.knowsUser(username) || username != null && accounts.find(username).isPresent();
    }

    public Optional<StaffLogin> check(String username, String password) {
        if (users.knowsUser(username)) {
            return users.user(username, password).map(e -> new StaffLogin(e.username(), e.name(), e.agency(),
                    e.roles() == null ? List.of() : e.roles(), null));
        }
        Optional<Account> stored = username == null ? Optional.empty() : accounts.find(username).filter(Account::canSignIn);
        if (stored.isEmpty()) {
            users.user(null, password); // the reference check: as long as a real one; its answer means nothing
            return Optional.empty();
        }
        Account a = stored.get();
        if (password == null || !encoder.matches(password, a.passwordHash())) {
            return Optional.empty();
        }
        return Optional.of(new StaffLogin(a.username(), a.name(), a.agency().value(),
                a.roles().stream().map(Enum::name).sorted().toList(), a.epoch()));
    }

    /** Whether a session begun at {@code epoch} still stands: the account is active and has not changed since. */
    public boolean stillCurrent(String username, long epoch) {
        return accounts.find(username).filter(a -> a.canSignIn() && a.epoch() == epoch).isPresent();
    }
}
