package org.setu.infra.privacy;

import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.infra.mongo.MongoStartupFailureAnalyzer;
import org.setu.infra.support.TestMongo;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.CaseId;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The master key: generated owner-only on the embedded default, and never accepted when missing or different. */
class MasterKeyTest {

    private TestMongo mongo;
    private Path dataDir;

    @BeforeEach
    void start() {
        mongo = TestMongo.start();
        dataDir = TestMongo.newDataDir();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private MongoCollection<Document> keys() {
        return mongo.database().getCollection(MongoPersonalDataVault.COLLECTION);
    }

    @Test
    void the_embedded_default_generates_a_key_readable_by_its_owner_only_and_reads_it_back() throws Exception {
        var first = MasterKey.load(null, dataDir, keys());
        Path file = dataDir.resolve(MasterKey.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(MasterKey.load(null, dataDir, keys()).getEncoded()).isEqualTo(first.getEncoded());
    }

    @Test
    void a_missing_key_file_with_sealed_data_stops_start_up() throws Exception {
        MasterKey.load(null, dataDir, keys());
        Files.delete(dataDir.resolve(MasterKey.FILE));
        assertThatThrownBy(() -> MasterKey.load(null, dataDir, keys())).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("is missing");
        assertThat(Files.exists(dataDir.resolve(MasterKey.FILE))).as("no new key is made over old data").isFalse();
    }

    @Test
    void nodes_starting_at_the_same_moment_with_the_network_key_all_start() throws Exception {
        String key = Base64.getEncoder().encodeToString(AesGcm.newKey().getEncoded());
        for (int round = 0; round < 20; round++) {
            var collection = mongo.database().getCollection("race-" + round);
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(6);
            List<Future<SecretKey>> nodes = new ArrayList<>();
            for (int node = 0; node < 6; node++) {
                nodes.add(pool.submit(() -> {
                    start.await();
                    return MasterKey.load(key, null, collection);
                }));
            }
            start.countDown();
            for (Future<SecretKey> node : nodes) {
                assertThat(node.get(30, TimeUnit.SECONDS).getEncoded()).isEqualTo(Base64.getDecoder().decode(key));
            }
            pool.shutdown();
        }
    }

    @Test
    void a_different_key_stops_start_up() {
        MasterKey.load(null, dataDir, keys());
        String other = Base64.getEncoder().encodeToString(AesGcm.newKey().getEncoded());
        assertThatThrownBy(() -> MasterKey.load(other, dataDir, keys())).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("not the one this data was sealed with");
    }

    @Test
    void a_malformed_key_or_none_with_a_real_server_stops_start_up() {
        assertThatThrownBy(() -> MasterKey.load("not-base64!", dataDir, keys())).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("not base64 of 32 bytes");
        assertThatThrownBy(() -> MasterKey.load(Base64.getEncoder().encodeToString(new byte[16]), dataDir, keys()))
                .isInstanceOf(MasterKeyException.class);
        assertThatThrownBy(() -> MasterKey.load("", null, keys())).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("SETU_MASTER_KEY is not set");
    }

    @Test
    void the_failure_is_explained_without_a_stack_trace() {
        var analysis = new MongoStartupFailureAnalyzer().analyze(new IllegalStateException(
                new MasterKeyException("The master key is not the one this data was sealed with")));
        assertThat(analysis.getDescription()).contains("not the one");
        assertThat(analysis.getAction()).contains("SETU_MASTER_KEY");
    }

    @Test
    void case_ids_made_ahead_come_with_a_stored_key_and_never_repeat() {
        var vault = new MongoPersonalDataVault(keys(), MasterKey.load(null, dataDir, keys()), Clock.systemUTC(),
                new SimpleMeterRegistry());
        Set<CaseId> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            var fresh = vault.newSubject();
            assertThat(seen.add(fresh.caseId())).isTrue();
            var sealed = fresh.key().seal("subject", "S" + i);
            assertThat(vault.key(fresh.caseId()).open("subject", sealed).text()).as("the stored key opens it")
                    .isEqualTo("S" + i);
        }
        vault.close();
    }

    @Test
    void data_keys_are_wrapped_bound_to_their_case_and_destroyed_on_erasure() {
        var master = MasterKey.load(null, dataDir, keys());
        var vault = new MongoPersonalDataVault(keys(), master, Clock.systemUTC(), new SimpleMeterRegistry());
        CaseId a = new CaseId("C00000000-0000-0000-0000-00000000000a");
        CaseId b = new CaseId("C00000000-0000-0000-0000-00000000000b");
        var sealed = vault.create(a).seal("note:N1", "Rahima's story");
        vault.create(b);

        assertThat(vault.key(a).open("note:N1", sealed).text()).isEqualTo("Rahima's story");
        assertThat(vault.create(a).open("note:N1", sealed).text()).as("a retried create finds the same key")
                .isEqualTo("Rahima's story");
        assertThat(vault.key(a).open("note:N2", sealed).state()).as("moved to another place")
                .isEqualTo(PersonalDataVault.Opened.State.UNREADABLE);
        assertThat(vault.key(b).open("note:N1", sealed).state()).as("moved to another case")
                .isEqualTo(PersonalDataVault.Opened.State.UNREADABLE);
        String value = sealed.value();
        char flipped = value.charAt(20) == 'A' ? 'B' : 'A';
        var tampered = new Sealed(value.substring(0, 20) + flipped + value.substring(21));
        assertThat(vault.key(a).open("note:N1", tampered).text()).isEqualTo("[unreadable]");
        assertThat(keys().find(new Document("_id", a.value())).first().toJson()).doesNotContain("Rahima");

        assertThat(vault.sealingKey(a).seal("note:N4", "x")).isNotNull();
        vault.destroy(a);
        assertThat(vault.key(a).open("note:N1", sealed).text()).isEqualTo("[erased]");
        assertThatThrownBy(() -> vault.sealingKey(a).seal("note:N4", "x")).as("the local sealing cache drops the key")
                .hasMessageContaining("erased");
        assertThat(keys().find(new Document("_id", a.value())).first()).doesNotContainKey("wrapped");
        assertThatThrownBy(() -> vault.key(a).seal("note:N3", "more")).hasMessageContaining("erased");
    }
}
