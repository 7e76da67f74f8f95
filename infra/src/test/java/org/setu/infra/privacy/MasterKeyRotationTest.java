package org.setu.infra.privacy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.support.TestMongo;
import org.setu.infra.webhooks.MongoWebhooks;
import org.setu.kernel.referral.CaseId;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.SecretKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rotating the master key re-wraps every data key and secret; sealed values, pseudonyms and signatures carry on. */
class MasterKeyRotationTest {

    private final TestMongo mongo = TestMongo.start();

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static String newKey() {
        return Base64.getEncoder().encodeToString(AesGcm.newKey().getEncoded());
    }

    private MongoPersonalDataVault vault(SecretKey master) {
        return new MongoPersonalDataVault(mongo.database().getCollection(MongoPersonalDataVault.COLLECTION), master,
                Clock.systemUTC(), new SimpleMeterRegistry());
    }

    @Test
    void a_rotation_rewraps_keys_and_secrets_and_keeps_what_depends_on_them() {
        var keys = mongo.database().getCollection(MongoPersonalDataVault.COLLECTION);
        String oldKey = newKey();
        String newKey = newKey();
        var before = MasterKey.load(oldKey, null, null, keys, mongo.database());
        CaseId caseId = new CaseId("C00000000-0000-0000-0000-0000000000c1");
        var sealed = vault(before).create(caseId).seal("subject", "Rahima Begum");
        String pseudonym = new HmacPseudonyms(DerivationRoot.load(keys, before).derive("setu-pseudonyms")).of("p1", "C1");
        var hooks = new MongoWebhooks(mongo.database(), before, Clock.systemUTC(), Duration.ofHours(24), new SimpleMeterRegistry());
        var hook = hooks.register("p1", URI.create("https://example.org/hook"));

        var after = MasterKey.load(newKey, oldKey, null, keys, mongo.database());

        assertThat(vault(after).key(caseId).open("subject", sealed).text()).isEqualTo("Rahima Begum");
        assertThat(new HmacPseudonyms(DerivationRoot.load(keys, after).derive("setu-pseudonyms")).of("p1", "C1"))
                .as("pseudonyms survive a rotation").isEqualTo(pseudonym);
        var rotatedHooks = new MongoWebhooks(mongo.database(), after, Clock.systemUTC(), Duration.ofHours(24),
                new SimpleMeterRegistry());
        assertThat(rotatedHooks.signingSecrets(rotatedHooks.find(hook.webhookId()))).containsExactly(hook.secret());

        assertThatThrownBy(() -> MasterKey.load(oldKey, null, null, keys, mongo.database()))
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("not the one");
        assertThat(MasterKey.load(newKey, oldKey, null, keys, mongo.database()).getEncoded())
                .as("running again with the previous key still set changes nothing").isEqualTo(after.getEncoded());
        assertThat(vault(after).key(caseId).open("subject", sealed).text()).isEqualTo("Rahima Begum");
    }

    @Test
    void a_previous_key_without_a_new_one_is_refused() {
        var keys = mongo.database().getCollection(MongoPersonalDataVault.COLLECTION);
        assertThatThrownBy(() -> MasterKey.load("", newKey(), null, keys, mongo.database()))
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("SETU_MASTER_KEY_PREVIOUS");
    }
}
