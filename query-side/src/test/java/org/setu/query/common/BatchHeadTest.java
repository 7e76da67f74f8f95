package org.setu.query.common;

import com.mongodb.client.MongoCollection;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The head read once per batch, kept for the batch only, and kept past an event that failed. */
class BatchHeadTest {

    private final WireMongo mongo = new WireMongo();
    private final MongoCollection<Document> heads = mongo.database().getCollection("some_head");

    @AfterEach
    void close() {
        mongo.close();
    }


    @Test
    void a_batch_reads_the_stored_head_once_and_then_sees_what_it_wrote() {
        BatchHead.write(heads, new Document("position", 4L));
        List<Long> seen = new ArrayList<>();

        Batches.of(3).execute(() -> {
            Document head = BatchHead.read(heads);
            seen.add(head.getLong("position"));
            BatchHead.write(heads, new Document("position", head.getLong("position") + 1));
        });

        assertThat(seen).containsExactly(4L, 5L, 6L);
        assertThat(mongo.finds("some_head")).isEqualTo(1);
        assertThat(heads.find().first()).isEqualTo(new Document("_id", "head").append("position", 7L));
    }

    @Test
    void an_empty_store_is_kept_as_no_head_until_the_batch_writes_one() {
        List<Document> seen = new ArrayList<>();

        Batches.of(2).execute(() -> {
            seen.add(BatchHead.read(heads));
            BatchHead.write(heads, new Document("position", 1L));
        });

        assertThat(seen).containsExactly(null, new Document("_id", "head").append("position", 1L));
        assertThat(mongo.finds("some_head")).isEqualTo(1);
    }

    @Test
    void an_event_that_fails_leaves_the_next_event_the_head_the_events_before_it_moved() {
        BatchHead.write(heads, new Document("position", 4L));
        List<Long> seen = new ArrayList<>();
        AtomicInteger event = new AtomicInteger();

        Batches.of(3).execute(() -> {
            Document head = BatchHead.read(heads);
            seen.add(head.getLong("position"));
            if (event.incrementAndGet() != 2) { // the second fails before it writes: a dead letter
                BatchHead.write(heads, new Document("position", head.getLong("position") + 1));
            }
        });

        assertThat(seen).containsExactly(4L, 5L, 5L);
        assertThat(mongo.finds("some_head")).isEqualTo(1);
        assertThat(heads.find().first().getLong("position")).isEqualTo(6L);
    }

    @Test
    void the_next_batch_and_other_units_of_work_read_the_store() {
        BatchHead.write(heads, new Document("position", 4L));
        Batches.of(1).execute(() -> BatchHead.read(heads));
        heads.replaceOne(new Document("_id", "head"), new Document("_id", "head").append("position", 9L));

        List<Long> seen = new ArrayList<>();
        DefaultUnitOfWork.startAndGet(null).execute(() -> seen.add(BatchHead.read(heads).getLong("position")));
        seen.add(BatchHead.read(heads).getLong("position"));

        assertThat(seen).containsExactly(9L, 9L);
        assertThat(mongo.finds("some_head")).isEqualTo(3);
    }
}
