package org.setu.infra.app;

import org.junit.jupiter.api.Test;
import org.setu.infra.observability.HealthDetailsOnManagementPort;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Health details: for admins on the public port, for every caller on a separate (private) management port. */
class HealthDetailsOnManagementPortTest {

    private static String details(MockEnvironment env) {
        new HealthDetailsOnManagementPort().postProcessEnvironment(env, new SpringApplication());
        return env.getProperty("management.endpoint.health.show-details");
    }

    @Test
    void a_separate_management_port_shows_details_to_every_caller() {
        var env = new MockEnvironment().withProperty("server.port", "8080").withProperty("management.server.port", "9090")
                .withProperty("management.endpoint.health.show-details", "when-authorized");
        assertThat(details(env)).isEqualTo("always");
    }

    @Test
    void the_public_port_keeps_details_for_admins() {
        var env = new MockEnvironment().withProperty("server.port", "8080")
                .withProperty("management.endpoint.health.show-details", "when-authorized");
        assertThat(details(env)).isEqualTo("when-authorized");
        var same = new MockEnvironment().withProperty("server.port", "8080").withProperty("management.server.port", "8080")
                .withProperty("management.endpoint.health.show-details", "when-authorized");
        assertThat(details(same)).isEqualTo("when-authorized");
    }
}
