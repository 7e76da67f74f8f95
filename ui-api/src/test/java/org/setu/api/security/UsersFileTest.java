package org.setu.api.security;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A users file whose entries could only get refused tokens (no agency, a reserved one, a partner with one) stops start-up. */
class UsersFileTest {

    private static Path file(String json) throws Exception {
        Path file = Files.createTempFile("setu-users", ".json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void staff_name_a_real_agency_and_partners_none() throws Exception {
        assertThat(UserDirectory.load(file("[{\"username\":\"a\",\"password\":\"x\",\"agency\":\"moewoe\",\"roles\":[\"CASEWORKER\"]},"
                + "{\"username\":\"s\",\"password\":\"x\",\"agency\":\"secretariat\",\"roles\":[\"SECRETARIAT_ADMIN\"]},"
                + "{\"clientId\":\"p\",\"clientSecret\":\"x\",\"roles\":[\"PARTNER\"]}]")).knowsClient("p")).isTrue();
    }

    @Test
    void a_reserved_or_missing_agency_or_an_agency_for_a_partner_is_refused() {
        for (String entry : new String[]{
                "{\"username\":\"a\",\"password\":\"x\",\"agency\":\"unknown\",\"roles\":[\"CASEWORKER\"]}",
                "{\"username\":\"a\",\"password\":\"x\",\"agency\":\"partner\",\"roles\":[\"FOCAL_POINT\"]}",
                "{\"username\":\"a\",\"password\":\"x\",\"roles\":[\"CASEWORKER\"]}",
                "{\"clientId\":\"p\",\"clientSecret\":\"x\",\"agency\":\"moewoe\",\"roles\":[\"PARTNER\"]}"}) {
            assertThatThrownBy(() -> UserDirectory.load(file("[" + entry + "]")))
                    .as(entry).isInstanceOf(IllegalStateException.class).hasMessageContaining("SETU_USERS_FILE");
        }
    }
}
