package org.setu.infra.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.privacy.AesGcm;
import org.setu.infra.support.TestMongo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Request fingerprints are keyed: they cannot be confirmed by hashing a guessed body. */
class IdempotencyFingerprintTest {

    private final TestMongo mongo = TestMongo.start();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_fingerprint_is_stable_under_one_key_and_not_a_plain_hash() throws Exception {
        byte[] body = "{\"subject\":{\"fullName\":\"Rahima Begum\"}}".getBytes(StandardCharsets.UTF_8);
        var store = new MongoIdempotencyStore(mongo.database(), Clock.systemUTC(), AesGcm.newKey());
        var other = new MongoIdempotencyStore(mongo.database(), Clock.systemUTC(), AesGcm.newKey());
        String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));

        assertThat(store.fingerprint(body)).isEqualTo(store.fingerprint(body.clone()))
                .isNotEqualTo(other.fingerprint(body)).isNotEqualTo(plain);
        assertThat(store.fingerprint("{}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(store.fingerprint(body));
    }
}
