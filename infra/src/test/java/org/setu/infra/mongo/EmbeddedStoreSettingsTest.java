package org.setu.infra.mongo;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.h2.mvstore.FileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The embedded store opens with decision 0018's settings, on a new file and on an existing one. */
class EmbeddedStoreSettingsTest {

    @TempDir
    Path dataDir;

    @Test
    void a_new_store_uses_small_pages_and_compacts_below_half_full() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.open(dataDir)) {
            assertEquals(16, server.mvStore().getKeysPerPage());
            assertEquals(50, autoCompactFillRate(server.mvStore().getFileStore()));
        }
    }

    @Test
    void a_reopened_store_keeps_its_documents_and_takes_the_settings() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.open(dataDir);
             var client = MongoClients.create(server.connectionString())) {
            var docs = client.getDatabase("setu").getCollection("pages");
            for (int i = 0; i < 100; i++) { // several pages of 16
                docs.insertOne(new Document("_id", i).append("text", "entry " + i));
            }
            server.commit();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.open(dataDir);
             var client = MongoClients.create(server.connectionString())) {
            var docs = client.getDatabase("setu").getCollection("pages");
            assertEquals(100, docs.countDocuments());
            assertEquals("entry 57", docs.find(new Document("_id", 57)).first().getString("text"));
            assertEquals(16, server.mvStore().getKeysPerPage());
            assertEquals(50, autoCompactFillRate(server.mvStore().getFileStore()));
        }
    }

    /** H2 offers the setting to its store implementations only. */
    private static int autoCompactFillRate(FileStore<?> store) throws Exception {
        Method getter = FileStore.class.getDeclaredMethod("getAutoCompactFillRate");
        getter.setAccessible(true);
        return (int) getter.invoke(store);
    }
}
