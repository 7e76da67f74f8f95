package org.setu.infra.privacy;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.bson.types.Binary;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.kernel.referral.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.util.Date;
import java.time.Duration;

/**
 * Subject data keys in their own collection ({@value #COLLECTION}), each wrapped by the master key and bound to its
 * case. Erasure replaces the document by a tombstone without key material. Opening never uses a cache: every read
 * looks the key up by its exact {@code _id} (an index hit on both servers), so an erasure takes effect on every node at
 * once. Only sealing new values may use a key this node unwrapped in the last minute (see {@link #sealingKey}).
 */
public class MongoPersonalDataVault implements PersonalDataVault, AutoCloseable {

    public static final String COLLECTION = "subject-keys";
    private static final Logger LOG = LoggerFactory.getLogger(MongoPersonalDataVault.class);
    /** How many case ids with stored keys are made ahead, in one batch write. */
    private static final int AHEAD = 64;

    private final MongoCollection<Document> keys;
    private final SecretKey master;
    private final Clock clock;
    private final Counter unreadable;
    private final SealingKeyCache sealing;
    private final KeysAhead ahead;

    public MongoPersonalDataVault(MongoCollection<Document> keys, SecretKey master, Clock clock, MeterRegistry meters) {
        this.keys = keys;
        this.master = master;
        this.clock = clock;
        this.unreadable = Counter.builder("setu.privacy.unreadable").description(
                "Sealed values that failed authentication (tampered, or moved to another place)").register(meters);
        this.sealing = new SealingKeyCache(clock, Duration.ofMinutes(1), 10_000);
        this.ahead = new KeysAhead(AHEAD, made -> keys.insertMany(made.stream().map(m -> wrapped(m.caseId(), m.key())).toList()));
    }

    @Override
    public SubjectKey sealingKey(CaseId caseId) {
        SecretKey cached = sealing.get(caseId);
        if (cached != null) {
            return usable(caseId, cached);
        }
        SubjectKey key = key(caseId);
        if (key instanceof SubjectKeys.Usable usable) {
            sealing.put(caseId, usable.key());
        }
        return key;
    }

    @Override
    public SubjectKey create(CaseId caseId) {
        SecretKey key = AesGcm.newKey();
        if (!UniqueKeys.took(() -> keys.insertOne(wrapped(caseId, key)))) {
            return key(caseId); // stored first by another try of the same command: that one is the case's key
        }
        sealing.put(caseId, key);
        return usable(caseId, key);
    }

    /** A case id whose key is already stored (see {@link KeysAhead}), or one made now when none is ready. */
    @Override
    public NewSubject newSubject() {
        return ahead.take().map(made -> {
            sealing.put(made.caseId(), made.key());
            return new NewSubject(made.caseId(), usable(made.caseId(), made.key()));
        }).orElseGet(PersonalDataVault.super::newSubject);
    }

    @Override
    public SubjectKey key(CaseId caseId) {
        Document found = keys.find(Filters.eq("_id", caseId.value())).first();
        if (found == null || found.get("wrapped") == null) {
            // No key at all is treated like an erased one: nothing to seal with, nothing to show.
            return new SubjectKeys.Destroyed(caseId);
        }
        try {
            return usable(caseId, AesGcm.key(AesGcm.open(master, wrapAad(caseId), found.get("wrapped", Binary.class).getData())));
        } catch (AesGcm.TamperedException e) {
            LOG.error("The data key of case {} fails authentication: its personal data cannot be opened", caseId);
            unreadable.increment();
            return new SubjectKeys.Broken(caseId);
        }
    }

    /** Destroys the subject's key: the tombstone records when, never the key. Idempotent. */
    public void destroy(CaseId caseId) {
        sealing.remove(caseId);
        keys.replaceOne(Filters.eq("_id", caseId.value()), new Document("_id", caseId.value())
                .append("erasedAt", Date.from(clock.instant())), new ReplaceOptions().upsert(true));
    }

    /** Stops making keys ahead. */
    @Override
    public void close() {
        ahead.close();
    }

    private SubjectKey usable(CaseId caseId, SecretKey key) {
        return new SubjectKeys.Usable(caseId, key, unreadable);
    }

    private Document wrapped(CaseId caseId, SecretKey key) {
        return new Document("_id", caseId.value()).append("wrapped",
                new Binary(AesGcm.seal(master, wrapAad(caseId), key.getEncoded())))
                .append("createdAt", Date.from(clock.instant()));
    }

    private static String wrapAad(CaseId caseId) {
        return "setu-subject-key:" + caseId.value();
    }
}
