package org.setu.infra.app;

import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.axonframework.updates.LoggingUpdateCheckerReporter;
import org.axonframework.updates.UpdateChecker;
import org.axonframework.updates.UpdateCheckerHttpClient;
import org.axonframework.updates.api.UpdateCheckRequest;
import org.axonframework.updates.api.UpdateCheckResponse;
import org.axonframework.updates.configuration.CommandLineUsagePropertyProvider;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.VendorReporting;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon's usage reporter never phones home from Setu: the application switches it off itself. */
class VendorReportingTest {

    private final String before = System.getProperty(VendorReporting.SYSTEM_PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(VendorReporting.SYSTEM_PROPERTY);
        } else {
            System.setProperty(VendorReporting.SYSTEM_PROPERTY, before);
        }
    }

    private static UpdateCheckConfiguration boundFromApplicationYml() throws Exception {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("app", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addFirst);
        return Binder.get(environment).bind("axon.update-check", UpdateCheckConfiguration.class)
                .orElseGet(UpdateCheckConfiguration::new);
    }

    @Test
    void application_yml_disables_the_update_checker() throws Exception {
        assertThat(boundFromApplicationYml().getDisabled()).isTrue();
    }

    @Test
    void main_sets_the_system_property_the_library_reads() {
        System.clearProperty(VendorReporting.SYSTEM_PROPERTY);
        assertThat(new CommandLineUsagePropertyProvider().getDisabled()).isNotEqualTo(Boolean.TRUE);
        VendorReporting.disable();
        assertThat(new CommandLineUsagePropertyProvider().getDisabled()).isTrue();
    }

    @Test
    void with_setus_settings_the_checker_sends_nothing_while_by_default_it_would() throws Exception {
        System.clearProperty(VendorReporting.SYSTEM_PROPERTY);
        assertThat(requestsSentWithin1500Ms(boundFromApplicationYml())).isZero();

        var vendorDefault = new UpdateCheckConfiguration();
        assertThat(requestsSentWithin1500Ms(vendorDefault)).as("the check can fail: the default does call").isPositive();
    }

    private static int requestsSentWithin1500Ms(UsagePropertyProvider settings) throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        UsagePropertyProvider provider = UsagePropertyProvider.create(settings);
        var client = new UpdateCheckerHttpClient(provider) {
            @Override
            public Optional<UpdateCheckResponse> sendRequest(UpdateCheckRequest request, boolean firstRequest) {
                sent.incrementAndGet();
                return Optional.empty();
            }
        };
        var checker = new UpdateChecker(client, new LoggingUpdateCheckerReporter(), provider);
        checker.start();
        Thread.sleep(1500);
        checker.stop();
        return sent.get();
    }
}
