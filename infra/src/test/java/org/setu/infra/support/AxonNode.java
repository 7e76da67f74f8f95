package org.setu.infra.support;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.setu.infra.eventstore.EventStoreMetrics;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.setu.infra.eventstore.StoreDurability;
import org.setu.infra.eventstore.tally.Tally;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * One Setu-like Axon node for storage tests, without Spring: Setu's event storage engine, axon-mongo's token store,
 * the test {@link Tally} aggregate and one pooled streaming processor that records every event it handles.
 */
public final class AxonNode implements AutoCloseable {

    public static final String RECORDER = "recorder";

    /** What the recording processor saw: which node, which event, in what order. */
    public record Handled(String node, String eventId, String aggregateId, long sequence, Object payload) {
    }

    private final Configuration config;
    private final SetuEventStorageEngine engine;

    private AxonNode(Configuration config, SetuEventStorageEngine engine) {
        this.config = config;
        this.engine = engine;
    }

    public static AxonNode start(String nodeId, MongoDatabase database, StoreDurability durability, int segments,
                                 Queue<Handled> handled) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        var engine = new SetuEventStorageEngine(database, durability, serializer,
                new EventStoreMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
        var template = DefaultMongoTemplate.builder().mongoDatabase(database).build();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventStore(c -> EmbeddedEventStore.builder().storageEngine(engine)
                        .fetchDelay(100).build())
                .configureAggregate(Tally.class);
        configurer.eventProcessing()
                .registerTokenStore(c -> MongoTokenStore.builder().mongoTemplate(template).serializer(serializer)
                        .nodeId(nodeId).claimTimeout(Duration.ofSeconds(5)).build())
                .registerPooledStreamingEventProcessor(RECORDER, c -> c.eventStore(),
                        (c, builder) -> builder.initialSegmentCount(segments).batchSize(10)
                                .maxClaimedSegments(segments > 1 ? 1 : segments)
                                .claimExtensionThreshold(1000).tokenClaimInterval(200))
                .registerEventHandler(c -> new Recorder(nodeId, handled::add))
                .byDefaultAssignTo(RECORDER);
        Configuration config = configurer.buildConfiguration();
        config.start();
        return new AxonNode(config, engine);
    }

    public static AxonNode start(String nodeId, MongoDatabase database, StoreDurability durability) {
        return start(nodeId, database, durability, 1, new ConcurrentLinkedQueue<>());
    }

    public CommandGateway commands() {
        return config.commandGateway();
    }

    public SetuEventStorageEngine engine() {
        return engine;
    }

    public PooledStreamingEventProcessor recorder() {
        return config.eventProcessingConfiguration()
                .eventProcessor(RECORDER, PooledStreamingEventProcessor.class).orElseThrow();
    }

    @Override
    public void close() {
        config.shutdown();
    }

    /** The event handler of the recording processor. */
    public static final class Recorder {
        private final String node;
        private final Consumer<Handled> sink;

        Recorder(String node, Consumer<Handled> sink) {
            this.node = node;
            this.sink = sink;
        }

        @EventHandler
        void on(Object payload, EventMessage<?> message) {
            String aggregate = message instanceof DomainEventMessage<?> d
                    ? d.getAggregateIdentifier() : null;
            long seq = message instanceof DomainEventMessage<?> d
                    ? d.getSequenceNumber() : -1;
            sink.accept(new Handled(node, message.getIdentifier(), aggregate, seq, payload));
        }
    }

    public static List<Handled> snapshot(Queue<Handled> handled) {
        return List.copyOf(handled);
    }
}
