package org.setu.api.security;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo users file holds BCrypt hashes only, and the README's passwords (`<user>-demo`) still log in. */
class DemoUsersFileTest {

    private static final Path FILE = Path.of("..", "demo", "users.json");

    @Test
    void every_demo_account_is_hashed_and_takes_the_password_the_readme_names() throws Exception {
        assertThat(Files.readString(FILE)).doesNotContain("-demo\"");
        UserDirectory users = UserDirectory.load(FILE);
        for (String name : List.of("amina", "rafiq", "nadia", "tanvir", "shirin", "sec-admin", "reviewer")) {
            assertThat(users.user(name, name + "-demo")).as(name).isPresent();
            assertThat(users.user(name, name + "-dem0")).as(name).isEmpty();
        }
        assertThat(users.client("research-1", "research-1-demo-secret")).isPresent();
        assertThat(users.client("research-1", "research-1-demo")).isEmpty();
    }
}
