package org.setu.infra.observability;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Health details (components, paths, counts) are for the secretariat's admins on the public port; on a separate
 * management port, which the network keeps private ({@code MANAGEMENT_SERVER_PORT}), they are shown to every caller,
 * as an operator's probe expects. An explicit {@code management.endpoint.health.show-details} still wins.
 */
public class HealthDetailsOnManagementPort implements EnvironmentPostProcessor {

    static final String SHOW_DETAILS = "management.endpoint.health.show-details";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String management = environment.getProperty("management.server.port", "");
        String server = environment.getProperty("server.port", "8080");
        boolean separate = !management.isBlank() && !management.equals(server);
        boolean explicit = System.getenv("MANAGEMENT_ENDPOINT_HEALTH_SHOW_DETAILS") != null
                || System.getProperty(SHOW_DETAILS) != null;
        if (separate && !explicit) {
            environment.getPropertySources().addFirst(new MapPropertySource("setu-management-port-health", Map.of(
                    SHOW_DETAILS, "always", "management.endpoint.health.show-components", "always")));
        }
    }
}
