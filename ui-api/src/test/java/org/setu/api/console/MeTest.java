package org.setu.api.console;

import org.junit.jupiter.api.Test;
import org.setu.api.console.ConsoleModel.Me;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the header and the section links ask of the signed-in staff member: a role, or a group by the kernel's set. */
class MeTest {

    private static Me holding(String... roles) {
        return new Me("amina", "Amina", "brac", List.of(roles));
    }

    @Test
    void the_secretariat_is_its_reviewers_and_administrators() {
        assertThat(holding("SECRETARIAT_REVIEWER").secretariat()).isTrue();
        assertThat(holding("SECRETARIAT_ADMIN").secretariat()).isTrue();
        assertThat(holding("AGENCY_ADMIN", "FOCAL_POINT").secretariat()).isFalse();
    }

    @Test
    void case_staff_are_caseworkers_and_focal_points_not_agency_administrators() {
        assertThat(holding("FOCAL_POINT").caseStaff()).isTrue();
        assertThat(holding("CASEWORKER").caseStaff()).isTrue();
        assertThat(holding("AGENCY_ADMIN", "SECRETARIAT_ADMIN").caseStaff()).isFalse();
    }

    @Test
    void a_token_without_roles_holds_none() {
        Me none = new Me("amina", "Amina", "brac", null);
        assertThat(none.has("CASEWORKER")).isFalse();
        assertThat(none.secretariat()).isFalse();
        assertThat(none.caseStaff()).isFalse();
    }
}
