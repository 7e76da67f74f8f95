package org.setu.query.common;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A batch's writes kept back and sent as one write per collection, in order, before its token moves. */
class BatchWritesTest {

    private final WireMongo mongo = new WireMongo();
    private final MongoCollection<Document> entries = mongo.database().getCollection("some_entries");
    private final MongoCollection<Document> markers = mongo.database().getCollection("some_markers");
    private final MongoCollection<Document> heads = mongo.database().getCollection("some_head");

    @AfterEach
    void close() {
        mongo.close();
    }


    private static Document entry(long n) {
        return new Document("_id", n).append("event", "e" + n);
    }

    private static Predicate<Document> sameEvent(long n) {
        return stored -> ("e" + n).equals(stored.getString("event"));
    }

    /** What a numbering projection writes per event: its entry, its marker, the head. */
    private void number(long n) {
        BatchWrites.insertOnce(entries, entry(n), sameEvent(n));
        BatchWrites.replace(markers, new Document("_id", "e" + n).append("n", n));
        BatchWrites.replace(heads, new Document("_id", "head").append("n", n));
    }

    @Test
    void a_batch_sends_one_write_per_collection_entries_first_and_the_head_last() {
        AtomicInteger next = new AtomicInteger(1);
        Batches.of(3).execute(() -> number(next.getAndIncrement()));

        assertThat(mongo.writes()).containsExactly("insert some_entries", "update some_markers", "update some_head");
        assertThat(entries.countDocuments()).isEqualTo(3);
        assertThat(markers.countDocuments()).isEqualTo(3);
        assertThat(heads.find().first()).isEqualTo(new Document("_id", "head").append("n", 3L));
    }

    @Test
    void nothing_is_stored_while_the_batch_is_handled() {
        List<Long> storedMeanwhile = new ArrayList<>();
        AtomicInteger next = new AtomicInteger(1);
        Batches.of(2).execute(() -> {
            number(next.getAndIncrement());
            storedMeanwhile.add(entries.countDocuments());
        });

        assertThat(storedMeanwhile).containsExactly(0L, 0L);
        assertThat(entries.countDocuments()).isEqualTo(2);
    }

    @Test
    void a_flush_before_the_commit_writes_everything_and_the_commit_nothing_more() {
        var work = DefaultUnitOfWork.startAndGet(null);
        number(1);
        BatchWrites.flush(); // as the token store does before it stores the token
        assertThat(entries.countDocuments()).isEqualTo(1);
        int writesBefore = mongo.writes().size();

        work.commit();

        assertThat(mongo.writes()).hasSize(writesBefore);
    }

    @Test
    void a_unit_of_work_that_stores_no_token_writes_at_its_commit() {
        DefaultUnitOfWork.startAndGet(null).execute(() -> number(1)); // a dead letter retried

        assertThat(entries.find().first()).isEqualTo(entry(1));
        assertThat(heads.countDocuments()).isEqualTo(1);
    }

    @Test
    void a_batch_rolled_back_writes_nothing() {
        var work = DefaultUnitOfWork.startAndGet(null);
        number(1);
        work.rollback();

        assertThat(mongo.writes()).isEmpty();
    }

    @Test
    void outside_a_unit_of_work_every_write_goes_to_the_store_at_once() {
        number(1);

        assertThat(mongo.writes()).containsExactly("insert some_entries", "update some_markers", "update some_head");
    }

    @Test
    void the_last_replacement_per_id_is_the_one_written() {
        AtomicInteger next = new AtomicInteger(1);
        Batches.of(4).execute(() -> number(next.getAndIncrement()));

        assertThat(heads.countDocuments()).isEqualTo(1);
        assertThat(heads.find().first().getLong("n")).isEqualTo(4L);
    }

    @Test
    void an_entry_a_crash_left_is_accepted_and_the_rest_of_the_batch_is_stored() {
        entries.insertOne(entry(2)); // stored by the first delivery, which died before its head moved
        AtomicInteger next = new AtomicInteger(1);

        Batches.of(3).execute(() -> number(next.getAndIncrement()));

        assertThat(entries.countDocuments()).isEqualTo(3);
        assertThat(heads.find().first().getLong("n")).isEqualTo(3L);
    }

    @Test
    void another_entry_at_the_same_number_fails_the_batch_and_no_head_passes_it() {
        entries.insertOne(new Document("_id", 2L).append("event", "someone else's"));
        AtomicInteger next = new AtomicInteger(1);

        assertThatThrownBy(() -> Batches.of(3).execute(() -> number(next.getAndIncrement())))
                .isInstanceOf(MongoWriteException.class);

        assertThat(heads.countDocuments()).as("the head was not moved past the refused entry").isZero();
        assertThat(entries.find(new Document("_id", 2L)).first().getString("event")).isEqualTo("someone else's");
    }
}
