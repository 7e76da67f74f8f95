package org.setu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.setu.command.agency.Agency;
import org.setu.command.agency.AgencyDirectory;
import org.setu.command.agency.EventSourcedAgencyDirectory;
import org.setu.command.common.StampedCommandTargetResolver;
import org.setu.command.referral.ReferralCase;
import org.setu.command.referral.SlaPolicy;
import org.setu.infra.deadline.MongoDeadlineManager;
import org.setu.infra.eventstore.EventStoreMetrics;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.setu.infra.eventstore.StoreDurability;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Setu's write model on one Axon node (no Spring), on Setu's engine or the stock axon-mongo engine. */
final class BenchNode implements AutoCloseable {

    final Configuration config;
    final EventStorageEngine engine;
    final List<Long> lagMillis = new CopyOnWriteArrayList<>();
    volatile boolean recordLag;

    private BenchNode(Configuration config, EventStorageEngine engine) {
        this.config = config;
        this.engine = engine;
    }

    static JacksonSerializer serializer() {
        return JacksonSerializer.builder().objectMapper(new ObjectMapper().findAndRegisterModules())
                .build();
    }

    static SetuEventStorageEngine setuEngine(MongoDatabase db, StoreDurability durability) {
        return new SetuEventStorageEngine(db, durability, serializer(), new EventStoreMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC());
    }

    static MongoEventStorageEngine stockEngine(MongoDatabase db) {
        var engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(db).build())
                .eventSerializer(serializer()).snapshotSerializer(serializer()).build();
        engine.ensureIndexes();
        return engine;
    }

    static BenchNode start(MongoDatabase db, EventStorageEngine engine, boolean withProcessor) {
        var serializer = serializer();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer).configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventStore(c -> EmbeddedEventStore.builder().storageEngine(engine).build())
                .registerComponent(AgencyDirectory.class, c -> new EventSourcedAgencyDirectory(c.eventStore()))
                .registerComponent(SlaPolicy.class, c -> SlaPolicy.standard())
                .configureDeadlineManager(c -> new MongoDeadlineManager(db, s -> Stream.empty(),
                        serializer, Clock.systemUTC(), Duration.ofMinutes(1)));
        for (Class<?> type : List.of(Agency.class, ReferralCase.class)) {
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(type)
                    .configureCommandTargetResolver(c -> new StampedCommandTargetResolver())
                    .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), 100))
                    .configureCache(c -> new WeakReferenceCache()));
        }
        var template = DefaultMongoTemplate.builder().mongoDatabase(db).build();
        BenchNode[] self = new BenchNode[1];
        if (!withProcessor) {
            Configuration config = configurer.buildConfiguration();
            config.start();
            return new BenchNode(config, engine);
        }
        configurer.eventProcessing()
                .registerTokenStore(c -> MongoTokenStore.builder().mongoTemplate(template).serializer(serializer).build())
                .registerTrackingEventProcessor("lag-probe", Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(s -> s.createHeadToken()).andBatchSize(50))
                .registerEventHandler(c -> new LagProbe(self))
                .byDefaultAssignTo("lag-probe");
        Configuration config = configurer.buildConfiguration();
        self[0] = new BenchNode(config, engine);
        config.start();
        return self[0];
    }

    CommandGateway commands() {
        return config.commandGateway();
    }

    @Override
    public void close() {
        config.shutdown();
    }

    /** Records how long after being applied each event reached a tracking processor. */
    static final class LagProbe {
        private final BenchNode[] node;

        LagProbe(BenchNode[] node) {
            this.node = node;
        }

        @EventHandler
        void on(Object payload, EventMessage<?> message) {
            if (node[0] != null && node[0].recordLag) {
                node[0].lagMillis.add(System.currentTimeMillis() - message.getTimestamp().toEpochMilli());
            }
        }
    }
}
