package org.setu.api.accounts;

import org.setu.api.security.Caller;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may manage which accounts, and what an account may hold, as pure checks: an agency's own AGENCY_ADMIN manages
 * that agency's accounts and no other; the SECRETARIAT_ADMIN manages any agency's. An agency account holds staff
 * roles only (the same set the agency registry allows), so no one can mint a secretariat or partner login here.
 */
public final class AccountRules {

    /** As the embedded issuer's subjects: letters, digits and {@code ._-}, starting with a letter or digit. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private AccountRules() {
    }

    /** Refuses (403) unless the caller administers this agency's accounts. */
    public static void requireManager(Caller caller, AgencyId agency) {
        if (caller.has(Role.SECRETARIAT_ADMIN)) {
            return;
        }
        caller.require(Role.AGENCY_ADMIN, Role.SECRETARIAT_ADMIN);
        if (!caller.agency().equals(agency)) {
            throw new ForbiddenActionException(ErrorCode.NOT_AGENCY_MEMBER,
                    "Accounts of '" + agency + "' are managed by its own AGENCY_ADMIN or the secretariat");
        }
    }

    /** Refuses (422) anything but a non-empty set of staff roles. */
    public static Set<Role> staffRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || !Role.AGENCY_STAFF.containsAll(roles)) {
            throw new RuleViolationException(ErrorCode.STAFF_ROLES_ONLY,
                    "An agency account holds one or more of " + Role.AGENCY_STAFF + "; got " + (roles == null ? "none" : roles));
        }
        return Set.copyOf(roles);
    }

    /** Refuses (400) a username that is not lower-case letters, digits and {@code ._-}, 2 to 64 long. */
    public static String username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(ErrorCode.INVALID_IDENTIFIER, "username",
                    "A username is 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return username;
    }

    public static void requireNotDeactivated(Account account) {
        if (account.deactivated()) {
            throw new RuleViolationException(ErrorCode.ACCOUNT_DEACTIVATED, "Account " + account.username() + " is deactivated");
        }
    }

    public static void requireDeactivated(Account account) {
        if (!account.deactivated()) {
            throw new RuleViolationException(ErrorCode.ACCOUNT_NOT_DEACTIVATED,
                    "Account " + account.username() + " is not deactivated");
        }
    }
}
