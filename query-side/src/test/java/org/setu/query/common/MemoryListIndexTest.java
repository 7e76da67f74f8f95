package org.setu.query.common;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The mirror's lists per filter: a row in every list its attributes allow, moved when they change, gone when deleted. */
class MemoryListIndexTest {

    private final WireMongo mongo = new WireMongo();
    private final MongoCollection<Document> rows = mongo.database().getCollection("rows");
    private final MemoryListIndex index = new MemoryListIndex(d -> List.of(new MemoryListIndex.Row(d.getString("_id"),
            d.getString("agency"), d.getInteger("at"), Map.of("status", d.getString("status")), d)));

    @AfterEach
    void close() {
        mongo.close();
    }

    private void store(String id, int at, String status) {
        Document d = new Document("_id", id).append("agency", "a").append("at", at).append("status", status);
        rows.replaceOne(new Document("_id", id), d, new ReplaceOptions().upsert(true));
        index.put(rows, d);
    }

    private List<String> ids(Map<String, Object> filter, int page, int size) {
        return index.page(rows, "a", filter, page, size).rows().stream().map(d -> d.getString("_id")).toList();
    }

    @Test
    void a_row_stands_in_the_unfiltered_list_and_in_its_status_list_newest_first() {
        index.startEmpty(rows);
        store("r1", 1, "OPEN");
        store("r2", 2, "CLOSED");
        store("r3", 3, "OPEN");
        assertThat(ids(Map.of(), 0, 10)).containsExactly("r3", "r2", "r1");
        assertThat(ids(Map.of("status", "OPEN"), 0, 10)).containsExactly("r3", "r1");
        assertThat(index.page(rows, "a", Map.of("status", "OPEN"), 0, 1).total()).isEqualTo(2);
        assertThat(ids(Map.of("status", "OPEN"), 1, 1)).containsExactly("r1");
    }

    @Test
    void a_changed_row_leaves_its_old_list_and_a_deleted_one_every_list() {
        index.startEmpty(rows);
        store("r1", 1, "OPEN");
        store("r1", 4, "CLOSED");
        assertThat(ids(Map.of("status", "OPEN"), 0, 10)).isEmpty();
        assertThat(ids(Map.of("status", "CLOSED"), 0, 10)).containsExactly("r1");
        index.delete(rows, "r1");
        assertThat(index.page(rows, "a", Map.of(), 0, 10).total()).isZero();
    }

    @Test
    void a_filter_on_an_attribute_rows_do_not_have_or_of_another_type_matches_nothing() {
        index.startEmpty(rows);
        store("r1", 1, "OPEN");
        assertThat(ids(Map.of("category", "OTHER"), 0, 10)).isEmpty();
        assertThat(ids(Map.of("status", true), 0, 10)).isEmpty();
    }

    @Test
    void the_first_page_asked_for_fills_the_mirror_from_the_collection() {
        rows.insertOne(new Document("_id", "old").append("agency", "a").append("at", 1).append("status", "OPEN"));
        assertThat(ids(Map.of("status", "OPEN"), 0, 10)).containsExactly("old");
    }
}
