package org.setu.infra.eventstore;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.support.TestMongo;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** axon-mongo's token store, saga store and dead-letter queue, proven on the server the suite runs against. */
class AxonMongoStoresTest {

    private final TestMongo mongo = TestMongo.start();
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final DefaultMongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(mongo.database()).build();

    @AfterEach
    void close() {
        mongo.close();
    }

    private MongoTokenStore tokenStore(String node) {
        return MongoTokenStore.builder().mongoTemplate(template).serializer(serializer).nodeId(node)
                .claimTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void token_store_keeps_tokens_and_gives_a_claimed_segment_to_one_node_only() {
        MongoTokenStore a = tokenStore("a");
        MongoTokenStore b = tokenStore("b");
        a.initializeTokenSegments("p", 2);
        assertThat(a.fetchSegments("p")).containsExactly(0, 1);

        a.storeToken(new GlobalSequenceTrackingToken(42), "p", 0);
        assertThat(a.fetchToken("p", 0)).isEqualTo(new GlobalSequenceTrackingToken(42));
        assertThatThrownBy(() -> b.fetchToken("p", 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThat(b.fetchToken("p", 1)).isNull();

        a.releaseClaim("p", 0);
        assertThat(b.fetchToken("p", 0)).isEqualTo(new GlobalSequenceTrackingToken(42));
        assertThat(a.fetchAvailableSegments("p")).extracting(Segment::getSegmentId).isEmpty();
    }

    @Test
    void saga_store_inserts_finds_by_association_updates_and_deletes() {
        MongoSagaStore store = MongoSagaStore.builder().mongoTemplate(template).serializer(serializer).build();
        var association = new AssociationValue("referralId", "r-1");
        store.insertSaga(DemoSaga.class, "s-1", new DemoSaga("waiting"), Set.of(association));

        assertThat(store.findSagas(DemoSaga.class, association)).containsExactly("s-1");
        assertThat(store.loadSaga(DemoSaga.class, "s-1").saga().state).isEqualTo("waiting");

        var values = new AssociationValuesImpl(Set.of(association));
        store.updateSaga(DemoSaga.class, "s-1", new DemoSaga("done"), values);
        assertThat(store.loadSaga(DemoSaga.class, "s-1").saga().state).isEqualTo("done");

        store.deleteSaga(DemoSaga.class, "s-1", Set.of(association));
        assertThat(store.findSagas(DemoSaga.class, association)).isEmpty();
    }

    @Test
    void dead_letter_queue_keeps_a_failed_event_in_sequence_and_lets_it_be_retried() {
        MongoSequencedDeadLetterQueue<EventMessage<?>> queue = MongoSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup("projection").mongoTemplate(template).serializer(serializer).build();
        EventMessage<?> poison = GenericEventMessage.asEventMessage("poison");
        queue.enqueue("case-1", new GenericDeadLetter<>("case-1", poison, new IllegalStateException("handler bug")));
        assertThat(queue.contains("case-1")).isTrue();
        assertThat(queue.enqueueIfPresent("case-1", () -> new GenericDeadLetter<>("case-1",
                GenericEventMessage.asEventMessage("next")))).isTrue();
        assertThat(queue.size()).isEqualTo(2);

        StringBuilder retried = new StringBuilder();
        boolean processed = queue.process(letter -> {
            retried.append(letter.message().getPayload()).append(',');
            return Decisions.evict();
        });
        assertThat(processed).isTrue();
        assertThat(retried.toString()).isEqualTo("poison,next,");
        assertThat(queue.contains("case-1")).isFalse();
    }

    /** A saga state for the store test. */
    public static class DemoSaga {
        public String state;

        public DemoSaga() {
        }

        DemoSaga(String state) {
            this.state = state;
        }
    }
}
