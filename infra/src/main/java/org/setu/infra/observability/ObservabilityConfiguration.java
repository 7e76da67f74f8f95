package org.setu.infra.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Command metrics, processor lag gauges, correlation ids in log lines. */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    @Bean
    public ProcessorLag processorLag(EventStorageEngine engine) {
        return new ProcessorLag(((SetuEventStorageEngine) engine).log());
    }

    @Bean
    public ConfigurerModule correlationIdsInLogs() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((config, name) -> new CorrelationMdcInterceptor<>());
    }

    @Bean
    public CommandBusInstrumentation commandBusInstrumentation(CommandBus commandBus, MeterRegistry registry) {
        commandBus.registerHandlerInterceptor(new CorrelationMdcInterceptor<>());
        commandBus.registerHandlerInterceptor(new CommandMetricsInterceptor(registry));
        return new CommandBusInstrumentation();
    }

    /** Marks that the command bus carries Setu's interceptors. */
    public static final class CommandBusInstrumentation {
    }

    @EventListener(ApplicationStartedEvent.class)
    public void registerLagGauges(ApplicationStartedEvent started) {
        var context = started.getApplicationContext();
        var registry = context.getBean(MeterRegistry.class);
        var lag = context.getBean(ProcessorLag.class);
        context.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("setu.processor.lag.events", streaming, p -> lag.of(p).events())
                        .description("Events stored but not yet handled by this processor")
                        .tag("processor", name).register(registry);
                Gauge.builder("setu.processor.lag.seconds", streaming, p -> lag.of(p).seconds())
                        .description("Age of the newest event when seen from this processor's position")
                        .tag("processor", name).register(registry);
            }
        });
    }
}
