package org.setu.infra.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.setu.command.agency.Agency;
import org.setu.command.agency.AgencyDirectory;
import org.setu.command.agency.EventSourcedAgencyDirectory;
import org.setu.command.referral.ReferralCase;
import org.setu.command.referral.SlaPolicy;
import org.setu.command.sharing.Agreement;
import org.setu.infra.command.CommandSideConfiguration;
import org.setu.infra.command.TransientFailureRetry;
import org.setu.infra.deadline.MongoDeadlineManager;
import org.setu.infra.eventstore.EventStoreMetrics;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.setu.infra.eventstore.StoreDurability;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * One node of Setu's write model without Spring, configured as the application configures it (retries; the per-node
 * aggregate cache of the embedded default, or none, as nodes sharing a store run).
 */
public final class WriteModelNode implements AutoCloseable {

    private final Configuration config;
    private final CommandGateway gateway;

    private WriteModelNode(Configuration config, CommandGateway gateway) {
        this.config = config;
        this.gateway = gateway;
    }

    public static WriteModelNode start(MongoDatabase database, StoreDurability durability) {
        return start(database, durability, true);
    }

    public static WriteModelNode start(MongoDatabase database, StoreDurability durability, boolean cachedPerNode) {
        var serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
        var engine = new SetuEventStorageEngine(database, durability, serializer,
                new EventStoreMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer).configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventStore(c -> EmbeddedEventStore.builder().storageEngine(engine).build())
                .registerComponent(AgencyDirectory.class, c -> new EventSourcedAgencyDirectory(c.eventStore()))
                .registerComponent(SlaPolicy.class, c -> SlaPolicy.standard())
                .configureDeadlineManager(c -> new MongoDeadlineManager(database, s -> Stream.empty(), serializer,
                        Clock.systemUTC(), Duration.ofMinutes(1)))
                .configureAggregate(CommandSideConfiguration.aggregate(Agency.class, cachedPerNode))
                .configureAggregate(CommandSideConfiguration.aggregate(ReferralCase.class, cachedPerNode))
                .configureAggregate(CommandSideConfiguration.aggregate(Agreement.class, cachedPerNode));
        Configuration config = configurer.buildConfiguration();
        config.start();
        var gateway = DefaultCommandGateway.builder().commandBus(config.commandBus())
                .retryScheduler(new TransientFailureRetry(Executors.newSingleThreadScheduledExecutor())).build();
        return new WriteModelNode(config, gateway);
    }

    public CommandGateway commands() {
        return gateway;
    }

    public Configuration config() {
        return config;
    }

    @Override
    public void close() {
        config.shutdown();
    }
}
