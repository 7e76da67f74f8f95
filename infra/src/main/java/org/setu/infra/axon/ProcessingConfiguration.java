package org.setu.infra.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event processor is a pooled streaming processor (segments claimed through the token store, so several
 * instances share the work), and an event its handler fails on goes to a dead-letter queue in MongoDB instead of
 * stopping the processor or being skipped.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessingConfiguration {

    @Bean
    public ConfigurerModule processingDefaults(MongoTemplate axonMongoTemplate,
                                               @Qualifier("eventSerializer") Serializer eventSerializer,
                                               Serializer serializer) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors()
                .registerDeadLetterQueueProvider(group -> config -> MongoSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .mongoTemplate(axonMongoTemplate)
                        .serializer(eventSerializer)
                        .build()));
    }
}
