package org.setu.api.recruitment;

import org.junit.jupiter.api.Test;
import org.setu.kernel.recruitment.RecruitingAgencyView.SubAgent;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A complaint's sub-agent found on the register by name as names are compared, or by registration number. */
class SubAgentMatchTest {

    private static final List<SubAgent> REGISTER = List.of(
            new SubAgent("SA-0042", "Abul Kalam", "Cumilla", Instant.EPOCH),
            new SubAgent("SA-0077", "মোহাম্মদ রফিক", "Sylhet", Instant.EPOCH));

    @Test
    void a_name_matches_whatever_its_case_and_spacing_and_a_bangla_name_in_either_canonical_spelling() {
        assertThat(SubAgentMatch.registrationOf("  abul   KALAM ", REGISTER)).isEqualTo("SA-0042");
        // ো written as one code point (U+09CB) or as U+09C7 U+09BE
        assertThat(SubAgentMatch.registrationOf("ম\u09CBহাম্মদ রফিক", REGISTER)).isEqualTo("SA-0077");
        assertThat(SubAgentMatch.registrationOf("ম\u09C7\u09BEহাম্মদ রফিক", REGISTER)).isEqualTo("SA-0077");
    }

    @Test
    void the_registration_number_matches_too_and_anyone_else_is_not_on_the_register() {
        assertThat(SubAgentMatch.registrationOf("sa-0042", REGISTER)).isEqualTo("SA-0042");
        assertThat(SubAgentMatch.registrationOf("Kamal the dalal", REGISTER)).isNull();
        assertThat(SubAgentMatch.registrationOf("Abul", REGISTER)).as("a part of a name is not a match").isNull();
        assertThat(SubAgentMatch.registrationOf(null, REGISTER)).isNull();
    }
}
