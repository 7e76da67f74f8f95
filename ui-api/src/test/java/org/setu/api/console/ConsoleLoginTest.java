package org.setu.api.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setu.api.login.LoginAttempts;
import org.setu.api.accounts.InMemoryAccounts;
import org.setu.api.accounts.StaffLogins;
import org.setu.api.login.LoginGuard;
import org.setu.api.login.LoginState;
import org.setu.api.login.LoginThrottle;
import org.setu.api.security.Caller;
import org.setu.api.security.UserDirectory;
import org.setu.kernel.common.Role;
import org.springframework.security.oauth2.jwt.Jwt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A console login follows the token rules: the users-file entry gives the Caller, or no session at all. */
class ConsoleLoginTest {

    @TempDir
    Path dir;

    private ConsoleLogin login() throws IOException {
        Path users = dir.resolve("users.json");
        Files.writeString(users, """
                [{"username":"amina","password":"pw","name":"Amina","agency":"moewoe","roles":["CASEWORKER"]},
                 {"username":"nobody","password":"pw","name":"No agency","roles":["CASEWORKER"]},
                 {"username":"sneaky","password":"pw","name":"Reserved id","agency":"partner","roles":["CASEWORKER"]},
                 {"username":"robot","password":"pw","name":"A partner","roles":["PARTNER"]},
                 {"username":"rev","password":"pw","name":"Reviewer","agency":"secretariat","roles":["SECRETARIAT_REVIEWER"]}]
                """);
        return new ConsoleLogin(new StaffLogins(UserDirectory.load(users), new InMemoryAccounts()), new LoginGuard(new InMemoryAttempts(),
                new LoginThrottle(3, Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO), Clock.systemUTC(), e -> { }),
                Duration.ofHours(12));
    }

    @Test
    void a_staff_member_gets_the_caller_of_their_users_file_entry() throws IOException {
        var authentication = login().authenticate("amina", "pw").orElseThrow();
        Caller caller = Caller.of((Jwt) authentication.getPrincipal());
        assertThat(caller.staffId().value()).isEqualTo("amina");
        assertThat(caller.agency().value()).isEqualTo("moewoe");
        assertThat(caller.roles()).isEqualTo(Set.of(Role.CASEWORKER));
        assertThat(authentication.getAuthorities()).extracting(Object::toString).contains("STAFF", "ROLE_CASEWORKER");
    }

    @Test
    void a_locked_account_is_not_checked_even_with_the_right_password() throws IOException {
        ConsoleLogin login = login();
        for (int i = 0; i < 3; i++) {
            assertThat(login.attempt("amina", "wrong").authentication()).isNull();
        }
        var locked = login.attempt("amina", "pw");
        assertThat(locked.authentication()).isNull();
        assertThat(locked.locked()).isTrue();
        assertThat(locked.retryAt()).isAfter(Instant.now());
    }

    /** The lockout store, in memory, for one test. */
    static final class InMemoryAttempts implements LoginAttempts {
        private final Map<String, LoginState> states = new ConcurrentHashMap<>();

        @Override
        public LoginState find(String account) {
            return states.getOrDefault(account, LoginState.FRESH);
        }

        @Override
        public boolean replace(String account, LoginState expected, LoginState next) {
            if (!find(account).equals(expected)) {
                return false;
            }
            states.put(account, next);
            return true;
        }

        @Override
        public void clear(String account) {
            states.remove(account);
        }
    }

    @Test
    void wrong_passwords_entries_without_agency_reserved_agencies_and_partners_get_no_session() throws IOException {
        ConsoleLogin login = login();
        assertThat(login.authenticate("amina", "wrong")).isEmpty();
        assertThat(login.authenticate("amina", "")).isEmpty();
        assertThat(login.authenticate(null, "pw")).isEmpty();
        assertThat(login.authenticate("nobody", "pw")).isEmpty();
        assertThat(login.authenticate("sneaky", "pw")).isEmpty();
        assertThat(login.authenticate("robot", "pw")).isEmpty();
        assertThat(login.authenticate("rev", "pw")).as("the secretariat's staff").isPresent();
    }
}
