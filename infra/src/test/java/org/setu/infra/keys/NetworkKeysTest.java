package org.setu.infra.keys;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.privacy.AesGcm;
import org.setu.infra.privacy.MasterKey;
import org.setu.infra.privacy.MongoPersonalDataVault;
import org.setu.infra.support.TestMongo;
import org.setu.kernel.common.MovableClock;

import javax.crypto.SecretKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/** The token and audit keys belong to the network: one ring in MongoDB, sealed, shared by every node, rotated with overlap. */
class NetworkKeysTest {

    private static final Duration TOKEN_OVERLAP = Duration.ofMinutes(16);
    private final TestMongo mongo = TestMongo.start();
    private final SecretKey master = AesGcm.newKey();
    private final List<KeyRing> rings = new ArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2025-01-01T00:00:00Z"));

    @AfterEach
    void close() {
        rings.forEach(KeyRing::close);
        mongo.close();
    }

    private TokenKeys tokenNode(SecretKey masterKey, Path dataDir) {
        KeyRing ring = new KeyRing(new NetworkKeyStore(mongo.database(), masterKey), TokenKeys.kind(TOKEN_OVERLAP),
                Duration.ofDays(90), null, dataDir, Duration.ofHours(1), clock);
        rings.add(ring);
        return new TokenKeys(ring);
    }

    private AuditKeys auditNode(Path dataDir) {
        KeyRing ring = new KeyRing(new NetworkKeyStore(mongo.database(), master), AuditKeys.kind(),
                Duration.ofDays(90), null, dataDir, Duration.ofHours(1), clock);
        rings.add(ring);
        return new AuditKeys(ring);
    }

    private List<String> ids(List<RSAKey> keys) {
        return keys.stream().map(RSAKey::getKeyID).toList();
    }

    @Test
    void nodes_starting_at_the_same_time_share_one_key_created_once() throws Exception {
        var together = new CyclicBarrier(4);
        List<CompletableFuture<String>> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return tokenNode(master, null).signing().getKeyID();
            }));
        }
        List<String> signing = nodes.stream().map(CompletableFuture::join).distinct().toList();

        assertThat(signing).hasSize(1);
        assertThat(mongo.database().getCollection(NetworkKeyStore.COLLECTION)
                .countDocuments(new Document("purpose", "token-signing"))).isEqualTo(1);
    }

    @Test
    void the_private_half_is_stored_sealed_only() {
        RSAKey key = tokenNode(master, null).signing();
        Document stored = mongo.database().getCollection(NetworkKeyStore.COLLECTION)
                .find(new Document("purpose", "token-signing")).first();

        assertThat(stored.toJson()).doesNotContain(key.getPrivateExponent().toString())
                .contains(key.getModulus().toString());
    }

    @Test
    void a_rotation_signs_with_the_new_key_while_the_old_one_verifies_for_the_overlap() {
        TokenKeys a = tokenNode(master, null);
        TokenKeys b = tokenNode(master, null);
        String first = a.signing().getKeyID();

        clock.advance(Duration.ofDays(91));
        a.verifyingAfterRefresh();
        String second = a.signing().getKeyID();

        assertThat(second).isNotEqualTo(first);
        assertThat(ids(a.verifying())).containsExactlyInAnyOrder(first, second);
        assertThat(ids(b.verifying())).as("b has not looked again yet").doesNotContain(second);
        assertThat(ids(b.verifyingAfterRefresh())).as("a key id b has not seen makes it look").contains(first, second);
        assertThat(b.signing().getKeyID()).isEqualTo(second);

        clock.advance(TOKEN_OVERLAP.plusSeconds(1));
        assertThat(ids(a.verifyingAfterRefresh())).containsExactly(second);
    }

    @Test
    void audit_keys_verify_for_ever_after_a_rotation() {
        AuditKeys keys = auditNode(null);
        String first = keys.signing().keyId();
        clock.advance(Duration.ofDays(91));
        keys.verifying("unknown-id");
        clock.advance(Duration.ofDays(3650));

        assertThat(keys.verifying(null).stream().map(AuditKeys.Verifier::keyId))
                .contains(first, keys.signing().keyId()).hasSize(2);
    }

    @Test
    void a_key_file_of_an_earlier_version_is_imported_once_then_deleted() throws Exception {
        Path dirA = TestMongo.newDataDir();
        Path dirB = TestMongo.newDataDir();
        RSAKey legacyA = legacyFile(dirA);
        RSAKey legacyB = legacyFile(dirB);

        TokenKeys a = tokenNode(master, dirA);
        TokenKeys b = tokenNode(master, dirB);

        assertThat(a.signing().getKeyID()).as("the first node's key becomes the network's").isEqualTo(legacyA.getKeyID());
        assertThat(b.signing().getKeyID()).isEqualTo(legacyA.getKeyID());
        assertThat(ids(b.verifying())).as("the second node's old tokens still verify").contains(legacyB.getKeyID());
        assertThat(dirA.resolve(TokenKeys.LEGACY_FILE)).doesNotExist();
        assertThat(dirB.resolve(TokenKeys.LEGACY_FILE)).doesNotExist();
    }

    private static RSAKey legacyFile(Path dir) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("legacy-" + System.nanoTime()).generate();
        Files.writeString(dir.resolve(TokenKeys.LEGACY_FILE), key.toJSONString());
        return key;
    }

    @Test
    void a_master_key_rotation_rewraps_the_network_keys() {
        var subjectKeys = mongo.database().getCollection(MongoPersonalDataVault.COLLECTION);
        String oldKey = Base64.getEncoder().encodeToString(master.getEncoded());
        String newKey = Base64.getEncoder().encodeToString(AesGcm.newKey().getEncoded());
        MasterKey.load(oldKey, null, null, subjectKeys, mongo.database());
        String before = tokenNode(master, null).signing().getKeyID();
        String auditBefore = auditNode(null).signing().keyId();

        SecretKey rotated = MasterKey.load(newKey, oldKey, null, subjectKeys, mongo.database());

        assertThat(tokenNode(rotated, null).signing().getKeyID()).isEqualTo(before);
        KeyRing audit = new KeyRing(new NetworkKeyStore(mongo.database(), rotated), AuditKeys.kind(),
                Duration.ofDays(90), null, null, Duration.ofHours(1), clock);
        rings.add(audit);
        assertThat(new AuditKeys(audit).signing().keyId()).isEqualTo(auditBefore);
    }
}
