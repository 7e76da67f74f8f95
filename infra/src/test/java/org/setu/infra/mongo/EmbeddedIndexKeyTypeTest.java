package org.setu.infra.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server's unique indexes use {@link SerializedKeyOrder} (issue 17), for indexes already in a store
 * written by the plain library and for indexes created afterwards, and such a store keeps answering by its indexes.
 */
class EmbeddedIndexKeyTypeTest {

    @TempDir
    Path dir;

    @Test
    void a_store_written_by_the_plain_library_opens_with_memoized_index_keys_and_answers_by_them() {
        Path file = dir.resolve(EmbeddedMongoServer.STORE_FILE);
        H2Backend plain = new H2Backend(file.toString());
        MongoServer server = new MongoServer(plain);
        String address = "mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort();
        withClient(address, db -> {
            var items = db.getCollection("items");
            items.createIndex(Indexes.ascending("key", "n"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                items.insertOne(new Document("_id", "item-" + i).append("key", "k" + (i % 7)).append("n", (long) i));
            }
        });
        plain.commit();
        server.shutdownNow();

        try (EmbeddedMongoServer embedded = EmbeddedMongoServer.open(dir)) {
            assertThat(indexMaps(embedded.mvStore())).isNotEmpty()
                    .allSatisfy(name -> assertThat(embedded.mvStore().openMap(name).getKeyType())
                            .as(name).isInstanceOf(SerializedKeyOrder.class));
            withClient(embedded.connectionString(), db -> {
                var items = db.getCollection("items");
                for (int i = 0; i < 500; i += 37) {
                    Document found = items.find(new Document("key", "k" + (i % 7)).append("n", (long) i)).first();
                    assertThat(found).as("item %d by the compound index", i).isNotNull();
                    assertThat(found.getString("_id")).isEqualTo("item-" + i);
                    assertThat(items.find(new Document("_id", "item-" + i)).first()).isNotNull();
                }
                assertThatThrownBy(() -> items.insertOne(new Document("_id", "other").append("key", "k3").append("n", 3L)))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                assertThatThrownBy(() -> items.insertOne(new Document("_id", "item-4")))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            });
        }
    }

    @Test
    void an_index_created_on_the_embedded_server_uses_memoized_keys_from_the_start() {
        try (EmbeddedMongoServer embedded = EmbeddedMongoServer.open(dir)) {
            withClient(embedded.connectionString(), db -> {
                db.getCollection("fresh").createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
                db.getCollection("fresh").insertOne(new Document("code", "a"));
                assertThatThrownBy(() -> db.getCollection("fresh").insertOne(new Document("code", "a")))
                        .isInstanceOf(MongoWriteException.class);
            });
            List<String> fresh = indexMaps(embedded.mvStore()).stream().filter(n -> n.contains("fresh")).toList();
            assertThat(fresh).hasSize(2) // _id and code
                    .allSatisfy(name -> assertThat(embedded.mvStore().openMap(name).getKeyType())
                            .as(name).isInstanceOf(SerializedKeyOrder.class));
        }
    }

    private static List<String> indexMaps(MVStore store) {
        return store.getMapNames().stream().filter(n -> n.contains(IndexKeyedH2Backend.INDEX_MAP_INFIX)).toList();
    }

    private static void withClient(String address, Consumer<com.mongodb.client.MongoDatabase> work) {
        try (MongoClient client = MongoClients.create(address)) {
            work.accept(client.getDatabase("test"));
        }
    }
}
