package org.setu.api.accounts;

import org.setu.api.security.Caller;
import org.setu.api.security.UserDirectory;
import org.setu.kernel.audit.AccountChangedEvent;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.UnknownResourceException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Managing stored accounts: invite, set a password by link, reset it, change roles, deactivate and reactivate. Each
 * change is checked by {@link AccountRules}, stored (conditioned on the version read) and then recorded in the audit
 * trail as an {@link AccountChangedEvent}, the same way login locks are. Every call blocks.
 */
public final class AccountManagement {

    /** A new set-password link: the token (shown once) and until when it works. */
    public record IssuedLink(String username, String token, Instant expiresAt) {
        public String path() {
            return SetPasswordLinks.PATH + token;
        }
    }

    private final Accounts accounts;
    private final UserDirectory users;
    private final Consumer<Object> audit;
    private final Clock clock;
    private final Duration linkLifetime;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public AccountManagement(Accounts accounts, UserDirectory users, Consumer<Object> audit, Clock clock, Duration linkLifetime) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.linkLifetime = linkLifetime;
    }

    public List<Account> list(Caller caller, AgencyId agency) {
        AccountRules.requireManager(caller, agency);
        return accounts.of(agency);
    }

    public Account get(Caller caller, AgencyId agency, String username) {
        AccountRules.requireManager(caller, agency);
        return existing(agency, username);
    }

    public IssuedLink invite(Caller caller, AgencyId agency, String username, String name, Set<Role> roles) {
        AccountRules.requireManager(caller, agency);
        AccountRules.username(username);
        String display = Checks.name(name, "name", Limits.NAME);
        Set<Role> staff = AccountRules.staffRoles(Checks.required(roles, "roles"));
        Instant now = clock.instant();
        Account account = Account.invited(username, display, agency, staff, now);
        if (users.knowsUser(username) || users.knowsClient(username) || !accounts.insert(account)) {
            throw new ConflictException(ErrorCode.ACCOUNT_EXISTS, "The username " + username + " is taken");
        }
        IssuedLink link = newLink(username, now);
        record(account, "INVITED", null, caller.actor(), now);
        return link;
    }

    public IssuedLink resetPassword(Caller caller, AgencyId agency, String username) {
        Account changed = change(caller, agency, username, a -> {
            AccountRules.requireNotDeactivated(a);
            return a.resetPassword(clock.instant());
        }, "PASSWORD_RESET", null);
        return newLink(changed.username(), changed.changedAt());
    }

    public void changeRoles(Caller caller, AgencyId agency, String username, Set<Role> roles) {
        Set<Role> staff = AccountRules.staffRoles(Checks.required(roles, "roles"));
        change(caller, agency, username, a -> {
            AccountRules.requireNotDeactivated(a);
            return a.withRoles(staff, clock.instant());
        }, "ROLES_CHANGED", null);
    }

    public void deactivate(Caller caller, AgencyId agency, String username, String reason) {
        String why = Checks.text(reason, "reason", Limits.REASON);
        change(caller, agency, username, a -> {
            AccountRules.requireNotDeactivated(a);
            return a.deactivate(clock.instant());
        }, "DEACTIVATED", why);
    }

    public void reactivate(Caller caller, AgencyId agency, String username, String reason) {
        String why = Checks.text(reason, "reason", Limits.REASON);
        change(caller, agency, username, a -> {
            AccountRules.requireDeactivated(a);
            return a.reactivate(clock.instant());
        }, "REACTIVATED", why);
    }

    /** The username the link is for, while it works; the set-password page greets the person with it. */
    public String linkHolder(String token) {
        return usableLink(token).username();
    }

    /**
     * Sets the password of the link's account: the policy first (a refused password leaves the link usable), then the
     * link is taken (single use: of two parallel uses one wins), then the account is active with the new hash.
     */
    public void setPassword(String token, String password) {
        Checks.required(token, "token");
        Checks.required(password, "password");
        Accounts.Link link = usableLink(token);
        Account account = accounts.find(link.username()).filter(a -> !a.deactivated()).orElseThrow(AccountManagement::invalidLink);
        PasswordPolicy.check(account.username(), password);
        Instant now = clock.instant();
        if (accounts.takeLink(SetPasswordLinks.hash(token)).isEmpty()) {
            throw invalidLink();
        }
        Account next = account.withPassword(encoder.encode(password), now);
        if (!accounts.replace(account, next)) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "The account changed meanwhile; ask for a new link");
        }
        Actor self = new Actor(new StaffId(account.username()), account.agency(), account.roles());
        record(next, "PASSWORD_SET", null, self, now);
    }

    private Accounts.Link usableLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw invalidLink();
        }
        return accounts.findLink(SetPasswordLinks.hash(token))
                .filter(l -> clock.instant().isBefore(l.expiresAt()))
                .orElseThrow(AccountManagement::invalidLink);
    }

    private Account change(Caller caller, AgencyId agency, String username, UnaryOperator<Account> how, String change,
                           String reason) {
        AccountRules.requireManager(caller, agency);
        Account account = existing(agency, username);
        Account next = how.apply(account);
        if (!accounts.replace(account, next)) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "Account " + username + " changed meanwhile; try again");
        }
        record(next, change, reason, caller.actor(), next.changedAt());
        return next;
    }

    private Account existing(AgencyId agency, String username) {
        return accounts.find(username == null ? "" : username).filter(a -> a.agency().equals(agency))
                .orElseThrow(() -> new UnknownResourceException(ErrorCode.ACCOUNT_NOT_FOUND,
                        "Agency " + agency + " has no account " + username + " stored by Setu"));
    }

    private IssuedLink newLink(String username, Instant now) {
        String token = SetPasswordLinks.newToken();
        Instant expires = now.plus(linkLifetime);
        accounts.saveLink(username, SetPasswordLinks.hash(token), expires);
        return new IssuedLink(username, token, expires);
    }

    private void record(Account account, String change, String reason, Actor by, Instant at) {
        audit.accept(new AccountChangedEvent(account.username(), account.agency(), change, account.roles(), reason,
                new Stamp(new CommandId(UUID.randomUUID().toString()), by, at)));
    }

    private static RuleViolationException invalidLink() {
        return new RuleViolationException(ErrorCode.SET_PASSWORD_LINK_INVALID,
                "This set-password link is unknown, used, replaced or expired");
    }
}
