package org.setu.infra.axon;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.setu.infra.eventstore.EventStoreMetrics;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.setu.infra.mongo.MongoConnection;
import org.setu.infra.node.NodeIdentity;
import org.setu.infra.node.ClaimSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Everything Axon keeps lives in MongoDB, without Axon Server: events in Setu's own engine, tokens, sagas and dead
 * letters in axon-mongo's stores (tested on both servers). Serializers are Jackson throughout (see application.yml).
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    @Bean
    public EventStoreMetrics eventStoreMetrics(MeterRegistry registry) {
        return new EventStoreMetrics(registry);
    }

    @Bean
    public EventStorageEngine eventStorageEngine(MongoConnection connection,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 EventStoreMetrics metrics) {
        return new SetuEventStorageEngine(connection.database(), connection.durability(), eventSerializer, metrics,
                Clock.systemUTC());
    }

    @Bean
    public MongoTemplate axonMongoTemplate(MongoDatabase setuDatabase) {
        return DefaultMongoTemplate.builder().mongoDatabase(setuDatabase).build();
    }

    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer, NodeIdentity node,
                                 ClaimSettings settings) {
        // Claims carry the node's stable identity (a restarted node takes its own segments back at once) and lapse
        // after the claim timeout without a heartbeat (a dead node's segments move to a live one).
        // Wrapped so that skipping events no handler of a processor reads costs no write (DeferringTokenStore).
        return new DeferringTokenStore(MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .nodeId(node.id())
                .claimTimeout(settings.claimTimeout())
                .build(), settings.heartbeat(), System::nanoTime);
    }

    @Bean
    public SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }
}
