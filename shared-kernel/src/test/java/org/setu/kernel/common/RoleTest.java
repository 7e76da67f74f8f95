package org.setu.kernel.common;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The role groups: the roles an agency gives its staff (the registry, the accounts and the console's forms all take
 * this one set) and those of its staff who work cases and complaints (the rules and the console ask this one).
 */
class RoleTest {

    @Test
    void an_agency_gives_its_staff_case_roles_and_its_own_administration_and_nothing_of_the_network() {
        assertThat(Role.AGENCY_STAFF).containsExactly(Role.CASEWORKER, Role.FOCAL_POINT, Role.AGENCY_ADMIN);
        assertThat(Role.AGENCY_STAFF).doesNotContain(Role.SECRETARIAT_ADMIN, Role.SECRETARIAT_REVIEWER, Role.PARTNER,
                Role.RECRUITER_REPRESENTATIVE);
    }

    @Test
    void cases_and_complaints_are_worked_by_caseworkers_and_focal_points_of_the_agency_not_its_administrators() {
        assertThat(Role.CASE_STAFF).containsExactly(Role.CASEWORKER, Role.FOCAL_POINT);
        assertThat(Role.AGENCY_STAFF).containsAll(Role.CASE_STAFF);
    }

    @Test
    void a_refusal_names_the_roles_of_a_group_in_their_order() {
        Actor admin = new Actor(new StaffId("amina"), new AgencyId("brac"), Set.of(Role.AGENCY_ADMIN));
        assertThat(admin.hasAnyRole(Role.CASE_STAFF)).isFalse();
        assertThatThrownBy(() -> admin.requireRole("Adding a note", Role.CASE_STAFF))
                .hasMessage("Adding a note requires the role [CASEWORKER, FOCAL_POINT]; amina has [AGENCY_ADMIN]");
    }
}
