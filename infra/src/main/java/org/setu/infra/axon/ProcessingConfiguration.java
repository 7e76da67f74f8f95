package org.setu.infra.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.setu.infra.node.ClaimSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/**
 * Every event processor is a tracking processor (segments claimed through the token store, so several instances
 * share the work), and an event its handler fails on goes to a dead-letter queue in MongoDB instead of stopping the
 * processor or being skipped. Tracking rather than pooled: with Axon's embedded event store the pooled processor
 * cannot be woken by new events and polls every 500 ms (measured: lag p50 250 ms), while a tracking processor is
 * signalled on append (see docs/decisions/0002-event-store.md).
 */
@Configuration(proxyBeanMethods = false)
public class ProcessingConfiguration {

    @Bean
    public ConfigurerModule processingDefaults(MongoTemplate axonMongoTemplate,
                                               @Qualifier("eventSerializer") Serializer eventSerializer,
                                               Serializer serializer, ClaimSettings node) {
        // One thread and segment per processor (as before); an idle processor renews its claim every heartbeat and
        // looks for segments nobody holds every claim interval (failover within the claim timeout plus that interval).
        TrackingEventProcessorConfiguration tracking = TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andEventAvailabilityTimeout(node.heartbeat().toMillis(), TimeUnit.MILLISECONDS)
                .andTokenClaimInterval(node.claimInterval().toMillis(), TimeUnit.MILLISECONDS);
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(config -> tracking)
                .registerDeadLetterQueueProvider(group -> config -> MongoSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .mongoTemplate(axonMongoTemplate)
                        .serializer(eventSerializer)
                        .build()));
    }
}
