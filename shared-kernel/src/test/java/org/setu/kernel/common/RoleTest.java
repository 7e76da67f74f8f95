package org.setu.kernel.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The roles an agency gives its staff: the registry, the accounts and the console's forms all take this one set. */
class RoleTest {

    @Test
    void an_agency_gives_its_staff_case_roles_and_its_own_administration_and_nothing_of_the_network() {
        assertThat(Role.AGENCY_STAFF).containsExactly(Role.CASEWORKER, Role.FOCAL_POINT, Role.AGENCY_ADMIN);
        assertThat(Role.AGENCY_STAFF).doesNotContain(Role.SECRETARIAT_ADMIN, Role.SECRETARIAT_REVIEWER, Role.PARTNER,
                Role.RECRUITER_REPRESENTATIVE);
    }
}
