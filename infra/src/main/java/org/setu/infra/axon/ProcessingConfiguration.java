package org.setu.infra.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.setu.infra.node.ClaimSettings;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
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

    static final int BATCH_SIZE = 32;
    /** How soon an idle processor writes a token it kept back (DeferringTokenStore); the claim is renewed per heartbeat. */
    static final Duration IDLE_WAKE_UP = Duration.ofMillis(100);

    static Duration idleWakeUp(ClaimSettings node) {
        return node.heartbeat().compareTo(IDLE_WAKE_UP) < 0 ? node.heartbeat() : IDLE_WAKE_UP;
    }

    @Bean
    public ConfigurerModule processingDefaults(MongoTemplate axonMongoTemplate,
                                               @Qualifier("eventSerializer") Serializer eventSerializer,
                                               Serializer serializer, ClaimSettings node,
                                               ListableBeanFactory beans) {
        // One thread and segment per processor (as before); an idle processor wakes every IDLE_WAKE_UP, renews its
        // claim once a heartbeat has passed (DeferringTokenStore) and
        // looks for segments nobody holds every claim interval (failover within the claim timeout plus that interval).
        // Events that arrived together are handled in one unit of work with one token write (at most BATCH_SIZE):
        // under load the token writes no longer grow with the events (issue 17); alone, a batch is one event.
        TrackingEventProcessorConfiguration tracking = TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(BATCH_SIZE)
                .andEventAvailabilityTimeout(idleWakeUp(node).toMillis(), TimeUnit.MILLISECONDS)
                .andTokenClaimInterval(node.claimInterval().toMillis(), TimeUnit.MILLISECONDS);
        return configurer -> configurer.eventProcessing(processing -> {
            // Each event asks the dead-letter queue whether its sequence is parked: one store query per event and
            // processor. Axon's sequence-identifier cache answers from memory (a queue empty when the segment was
            // claimed stays known empty but for what this node parks), and is cleared when the segment is released,
            // so a node taking a segment over reads the queue afresh (issue 17).
            for (String group : processingGroups(beans)) {
                processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (config, invoker) -> invoker.enableSequenceIdentifierCache());
            }
            processing.usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(config -> tracking)
                    .registerDeadLetterQueueProvider(group -> config -> MongoSequencedDeadLetterQueue.builder()
                            .processingGroup(group)
                            .mongoTemplate(axonMongoTemplate)
                            .serializer(eventSerializer)
                            .build());
        });
    }

    /** Every processing group of the application's event handlers, as their {@link ProcessingGroup} names them. */
    static Set<String> processingGroups(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        return groups;
    }
}
