package org.setu.api.accounts;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.MovableClock;
import org.setu.api.security.Caller;
import org.setu.api.security.UserDirectory;
import org.setu.kernel.audit.AccountChangedEvent;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.SetuException;
import org.setu.kernel.common.StaffId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AccountManagementTest {

    private static final AgencyId IOM = new AgencyId("iom-bd");
    private static final AgencyId BRAC = new AgencyId("brac-mp");
    private static final Caller IOM_ADMIN = caller("iom-admin", IOM, Role.AGENCY_ADMIN);
    private static final Caller SECRETARIAT = caller("sec", AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN);
    private static final String GOOD = "monsoon river tea garden";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final InMemoryAccounts store = new InMemoryAccounts();
    private final List<Object> audit = new ArrayList<>();
    private final AccountManagement accounts = new AccountManagement(store, UserDirectory.load(null), audit::add, clock,
            Duration.ofHours(72));
    private final StaffLogins logins = new StaffLogins(UserDirectory.load(null), store);

    private static Caller caller(String id, AgencyId agency, Role role) {
        return new Caller(new Actor(new StaffId(id), agency, Set.of(role)));
    }

    private static ErrorCode refusal(Runnable action) {
        SetuException e = catchThrowableOfType(action::run, SetuException.class);
        assertThat(e).as("refused").isNotNull();
        return e.code();
    }

    @Test
    void an_invited_person_sets_a_password_once_and_then_signs_in() {
        var link = accounts.invite(IOM_ADMIN, IOM, "sabina", "Sabina Yasmin", Set.of(Role.CASEWORKER));
        assertThat(logins.check("sabina", GOOD)).as("no password yet").isEmpty();
        accounts.setPassword(link.token(), GOOD);
        var login = logins.check("sabina", GOOD).orElseThrow();
        assertThat(login.agency()).isEqualTo("iom-bd");
        assertThat(login.roles()).containsExactly("CASEWORKER");
        assertThat(store.find("sabina").orElseThrow().passwordHash()).startsWith("{bcrypt}$2a$10$");
        assertThat(refusal(() -> accounts.setPassword(link.token(), "another long passphrase")))
                .as("single use").isEqualTo(ErrorCode.SET_PASSWORD_LINK_INVALID);
        assertThat(audit).extracting(e -> ((AccountChangedEvent) e).change()).containsExactly("INVITED", "PASSWORD_SET");
    }

    @Test
    void a_link_expires_after_72_hours() {
        var link = accounts.invite(IOM_ADMIN, IOM, "sabina", "Sabina Yasmin", Set.of(Role.CASEWORKER));
        clock.advance(Duration.ofHours(72));
        assertThat(refusal(() -> accounts.setPassword(link.token(), GOOD))).isEqualTo(ErrorCode.SET_PASSWORD_LINK_INVALID);
    }

    @Test
    void a_refused_password_leaves_the_link_usable() {
        var link = accounts.invite(IOM_ADMIN, IOM, "sabina", "Sabina Yasmin", Set.of(Role.CASEWORKER));
        assertThat(refusal(() -> accounts.setPassword(link.token(), "password1234"))).isEqualTo(ErrorCode.PASSWORD_TOO_COMMON);
        accounts.setPassword(link.token(), GOOD);
        assertThat(logins.check("sabina", GOOD)).isPresent();
    }

    @Test
    void a_reset_ends_the_old_password_and_the_older_link() {
        var first = accounts.invite(IOM_ADMIN, IOM, "sabina", "Sabina Yasmin", Set.of(Role.CASEWORKER));
        var second = accounts.resetPassword(IOM_ADMIN, IOM, "sabina");
        assertThat(refusal(() -> accounts.setPassword(first.token(), GOOD))).isEqualTo(ErrorCode.SET_PASSWORD_LINK_INVALID);
        accounts.setPassword(second.token(), GOOD);
        var third = accounts.resetPassword(SECRETARIAT, IOM, "sabina");
        assertThat(logins.check("sabina", GOOD)).as("the old password stops working at once").isEmpty();
        accounts.setPassword(third.token(), "a different long passphrase");
        assertThat(logins.check("sabina", "a different long passphrase")).isPresent();
    }

    @Test
    void an_agency_admin_manages_only_their_own_agency_and_grants_only_staff_roles() {
        assertThat(refusal(() -> accounts.invite(IOM_ADMIN, BRAC, "rafi", "Rafi", Set.of(Role.CASEWORKER))))
                .isEqualTo(ErrorCode.NOT_AGENCY_MEMBER);
        assertThat(refusal(() -> accounts.invite(IOM_ADMIN, IOM, "rafi", "Rafi", Set.of(Role.SECRETARIAT_ADMIN))))
                .isEqualTo(ErrorCode.STAFF_ROLES_ONLY);
        assertThat(refusal(() -> accounts.invite(SECRETARIAT, IOM, "rafi", "Rafi", Set.of(Role.PARTNER))))
                .isEqualTo(ErrorCode.STAFF_ROLES_ONLY);
        assertThat(refusal(() -> accounts.invite(caller("cw", IOM, Role.CASEWORKER), IOM, "rafi", "Rafi",
                Set.of(Role.CASEWORKER)))).isEqualTo(ErrorCode.ROLE_REQUIRED);
        accounts.invite(SECRETARIAT, BRAC, "rafi", "Rafi", Set.of(Role.FOCAL_POINT));
        assertThat(refusal(() -> accounts.deactivate(IOM_ADMIN, BRAC, "rafi", "no"))).isEqualTo(ErrorCode.NOT_AGENCY_MEMBER);
        assertThat(refusal(() -> accounts.deactivate(IOM_ADMIN, IOM, "rafi", "not ours")))
                .as("another agency's account is not found under this one").isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);
        assertThat(refusal(() -> accounts.invite(SECRETARIAT, IOM, "rafi", "Rafi", Set.of(Role.CASEWORKER))))
                .isEqualTo(ErrorCode.ACCOUNT_EXISTS);
    }

    @Test
    void deactivating_ends_sessions_and_logins_until_reactivated() {
        accounts.setPassword(accounts.invite(IOM_ADMIN, IOM, "sabina", "Sabina", Set.of(Role.CASEWORKER)).token(), GOOD);
        long epoch = logins.check("sabina", GOOD).orElseThrow().epoch();
        assertThat(logins.stillCurrent("sabina", epoch)).isTrue();
        accounts.deactivate(IOM_ADMIN, IOM, "sabina", "left the agency");
        assertThat(logins.stillCurrent("sabina", epoch)).isFalse();
        assertThat(logins.check("sabina", GOOD)).isEmpty();
        assertThat(refusal(() -> accounts.resetPassword(IOM_ADMIN, IOM, "sabina"))).isEqualTo(ErrorCode.ACCOUNT_DEACTIVATED);
        accounts.reactivate(IOM_ADMIN, IOM, "sabina", "back from leave");
        assertThat(refusal(() -> accounts.reactivate(IOM_ADMIN, IOM, "sabina", "again")))
                .isEqualTo(ErrorCode.ACCOUNT_NOT_DEACTIVATED);
        assertThat(logins.stillCurrent("sabina", epoch)).as("a reactivation starts no old session again").isFalse();
        assertThat(logins.check("sabina", GOOD)).isPresent();
    }

    @Test
    void new_roles_end_the_sessions_begun_with_the_old_ones_and_are_audited() {
        accounts.setPassword(accounts.invite(IOM_ADMIN, IOM, "sabina", "Sabina", Set.of(Role.CASEWORKER)).token(), GOOD);
        long epoch = logins.check("sabina", GOOD).orElseThrow().epoch();
        accounts.changeRoles(IOM_ADMIN, IOM, "sabina", Set.of(Role.FOCAL_POINT));
        assertThat(logins.stillCurrent("sabina", epoch)).isFalse();
        assertThat(logins.check("sabina", GOOD).orElseThrow().roles()).containsExactly("FOCAL_POINT");
        var last = (AccountChangedEvent) audit.get(audit.size() - 1);
        assertThat(last.change()).isEqualTo("ROLES_CHANGED");
        assertThat(last.roles()).containsExactly(Role.FOCAL_POINT);
        assertThat(last.stamp().actor().staffId().value()).isEqualTo("iom-admin");
    }
}
