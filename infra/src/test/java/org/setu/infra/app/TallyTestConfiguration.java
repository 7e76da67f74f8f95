package org.setu.infra.app;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.setu.infra.eventstore.tally.Tally;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Adds the test aggregate and a tracking projection to the application, so that commands and processors exist. */
@TestConfiguration(proxyBeanMethods = false)
public class TallyTestConfiguration {

    @Bean
    public ConfigurerModule tallyAggregate() {
        return configurer -> configurer.configureAggregate(Tally.class);
    }

    @Bean
    public TallyProjection tallyProjection() {
        return new TallyProjection();
    }

    /** A projection in its own processing group that remembers what it saw. */
    @ProcessingGroup("tally-projection")
    public static class TallyProjection {
        public final List<Object> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(Tally.TallyIncremented event) {
            seen.add(event);
        }
    }
}
