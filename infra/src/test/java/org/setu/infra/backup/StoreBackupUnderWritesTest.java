package org.setu.infra.backup;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.setu.infra.mongo.EmbeddedMongoServer;
import org.setu.infra.support.TestMongo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's online copy, taken while a writer keeps committing (the copy waits until the writer has committed more
 * during it): every document committed before the copy began is in the copy, and the copy opens as a store.
 */
class StoreBackupUnderWritesTest {

    @Test
    void a_copy_taken_during_commits_holds_everything_committed_before_it_and_opens() throws Exception {
        Path source = TestMongo.newDataDir();
        Path zipFile = Files.createTempFile(TestMongo.newDataDir(), "store", ".zip");
        AtomicInteger committed = new AtomicInteger();
        int before;
        int duringCopy;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.open(source);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("setu").getCollection("docs");
            docs.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            for (int i = 0; i < 2_000; i++) {
                insert(docs, server, i, committed);
            }
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                for (int i = 2_000; !stop.get(); i++) {
                    insert(docs, server, i, committed);
                }
            });
            writer.start();
            before = committed.get();
            int[] atFirstWrite = new int[1];
            try (OutputStream file = Files.newOutputStream(zipFile);
                 ZipOutputStream zip = new WaitingZip(file, () -> {
                     atFirstWrite[0] = committed.get();
                     while (committed.get() < atFirstWrite[0] + 200) {
                         Thread.onSpinWait();
                     }
                 })) {
                server.backupStore(zip);
            }
            duringCopy = committed.get() - before;
            stop.set(true);
            writer.join(10_000);
        }
        assertThat(duringCopy).as("documents the writer committed while the copy ran").isGreaterThanOrEqualTo(200);

        Path restored = TestMongo.newDataDir();
        extract(zipFile, restored.resolve(EmbeddedMongoServer.STORE_FILE));
        try (EmbeddedMongoServer server = EmbeddedMongoServer.open(restored);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("setu").getCollection("docs");
            Set<Integer> found = new HashSet<>();
            docs.find().forEach(d -> found.add(d.getInteger("_id")));
            for (int i = 0; i < before; i++) {
                assertThat(found).as("document %d, committed before the copy began", i).contains(i);
            }
            assertThat(found.size()).isLessThanOrEqualTo(committed.get());
            assertThat(docs.find(new Document("key", "k-" + (before - 1))).first()).as("its unique index answers")
                    .isNotNull();
        }
    }

    private static void insert(MongoCollection<Document> docs, EmbeddedMongoServer server, int i, AtomicInteger committed) {
        docs.insertOne(new Document("_id", i).append("key", "k-" + i).append("payload", "x".repeat(200)));
        server.commit();
        committed.set(i + 1);
    }

    private static void extract(Path zipFile, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo(EmbeddedMongoServer.STORE_FILE);
            Files.copy(zip, target);
        }
    }

    /** Holds the copy's first write until the writer has committed more: the copy and the commits overlap for sure. */
    private static final class WaitingZip extends ZipOutputStream {
        private final Runnable firstWrite;
        private boolean waited;

        WaitingZip(OutputStream out, Runnable firstWrite) {
            super(out);
            this.firstWrite = firstWrite;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (!waited) {
                waited = true;
                firstWrite.run();
            }
            super.write(b, off, len);
        }
    }
}
