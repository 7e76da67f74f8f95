package org.setu.infra.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.query.common.BatchWrites;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real tracking processor, batches of events, and the projection writes they keep back ({@link BatchWrites}):
 * whenever the processor stores its token, every event up to it has its write stored already, so a crash right after
 * the token write loses nothing.
 */
class BatchWritesBeforeTheTokenTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":"
            + server.getLocalAddress().getPort());
    private final MongoCollection<Document> entries = client.getDatabase("test").getCollection("entries");
    /** For each token the processor stored: how many entries were stored at that moment. */
    private final Map<Long, Long> storedAtToken = new ConcurrentHashMap<>();
    private TrackingEventProcessor processor;

    @AfterEach
    void close() {
        if (processor != null) {
            processor.shutDown();
        }
        client.close();
        server.shutdownNow();
    }

    /** A projection that writes one entry per event, as the audit trail and the feed do. */
    public class Numbering {
        @EventHandler
        public void on(String event, EventMessage<?> message) {
            BatchWrites.insertOnce(entries, new Document("_id", event), stored -> true);
        }
    }

    @Test
    void every_token_stored_follows_the_writes_of_the_events_it_passes() {
        var eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        var watched = new InMemoryTokenStore() {
            @Override
            public void storeToken(TrackingToken token, String processorName, int segment) {
                if (token != null && token.position().isPresent()) {
                    storedAtToken.put(token.position().getAsLong(), entries.countDocuments());
                }
                super.storeToken(token, processorName, segment);
            }
        };
        processor = TrackingEventProcessor.builder()
                .name("numbering")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Numbering()).build())
                .messageSource(eventStore)
                .tokenStore(new DeferringTokenStore(watched, Duration.ofMillis(200), System::nanoTime))
                .transactionManager(NoTransactionManager.instance())
                .trackingEventProcessorConfiguration(
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(32))
                .build();
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(GenericEventMessage.asEventMessage("event " + i));
        }
        eventStore.publish(events.subList(0, 10)); // there before the processor starts: handed over as one batch
        processor.start();
        eventStore.publish(events.subList(10, 20));
        await().atMost(Duration.ofSeconds(10)).until(() -> storedAtToken.containsKey(19L));

        assertThat(entries.countDocuments()).isEqualTo(20);
        assertThat(storedAtToken.size()).as("fewer token writes than events: batches").isLessThan(20);
        storedAtToken.forEach((position, stored) -> assertThat(stored)
                .as("entries stored when the token moved to event %d", position).isGreaterThan(position));
    }
}
