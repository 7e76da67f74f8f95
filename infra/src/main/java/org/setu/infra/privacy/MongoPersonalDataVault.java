package org.setu.infra.privacy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.bson.types.Binary;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Subject data keys in their own collection ({@value #COLLECTION}), each wrapped by the master key and bound to its
 * case. Erasure replaces the document by a tombstone without key material. Opening never uses a cache: every read
 * looks the key up by its exact {@code _id} (an index hit on both servers), so an erasure takes effect on every node at
 * once. Only sealing new values may use a key this node unwrapped in the last minute (see {@link #sealingKey}).
 */
public class MongoPersonalDataVault implements PersonalDataVault {

    public static final String COLLECTION = "subject-keys";
    private static final Logger LOG = LoggerFactory.getLogger(MongoPersonalDataVault.class);

    private final MongoCollection<Document> keys;
    private final SecretKey master;
    private final Clock clock;
    private final Counter unreadable;
    private final SealingKeyCache sealing;
    private final java.util.concurrent.BlockingQueue<NewSubject> ahead = new java.util.concurrent.LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean refilling = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ExecutorService refiller = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "setu-subject-keys");
        t.setDaemon(true);
        return t;
    });
    /** How many case ids with stored keys are made ahead, in one batch write. */
    private static final int AHEAD = 64;

    public MongoPersonalDataVault(MongoCollection<Document> keys, SecretKey master, Clock clock, MeterRegistry meters) {
        this.keys = keys;
        this.master = master;
        this.clock = clock;
        this.unreadable = Counter.builder("setu.privacy.unreadable").description(
                "Sealed values that failed authentication (tampered, or moved to another place)").register(meters);
        this.sealing = new SealingKeyCache(clock, java.time.Duration.ofMinutes(1), 10_000);
    }

    @Override
    public SubjectKey sealingKey(CaseId caseId) {
        SecretKey cached = sealing.get(caseId);
        if (cached != null) {
            return new Usable(caseId, cached);
        }
        SubjectKey key = key(caseId);
        if (key instanceof Usable usable) {
            sealing.put(caseId, usable.key);
        }
        return key;
    }

    @Override
    public SubjectKey create(CaseId caseId) {
        SecretKey key = AesGcm.newKey();
        try {
            keys.insertOne(wrapped(caseId, key));
            sealing.put(caseId, key);
            return new Usable(caseId, key);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return key(caseId);
            }
            throw e;
        }
    }

    /**
     * A case id whose key is already stored: taken from a batch made ahead (one {@code insertMany} for {@value #AHEAD}
     * keys, refilled in the background at half), or made now when the batch ran out. A key made ahead and never used
     * (the node stopped) is an orphan with no data under it.
     */
    @Override
    public NewSubject newSubject() {
        NewSubject next = ahead.poll();
        if (ahead.size() < AHEAD / 2 && refilling.compareAndSet(false, true)) {
            refiller.execute(this::refill);
        }
        if (next != null) {
            sealing.put(next.caseId(), ((Usable) next.key()).key);
            return next;
        }
        return PersonalDataVault.super.newSubject();
    }

    private void refill() {
        try {
            List<Document> docs = new java.util.ArrayList<>();
            List<NewSubject> made = new java.util.ArrayList<>();
            for (int i = 0; i < AHEAD; i++) {
                CaseId caseId = new CaseId("C" + java.util.UUID.randomUUID());
                SecretKey key = AesGcm.newKey();
                docs.add(wrapped(caseId, key));
                made.add(new NewSubject(caseId, new Usable(caseId, key)));
            }
            keys.insertMany(docs);
            ahead.addAll(made);
        } catch (RuntimeException e) {
            LOG.warn("Making subject keys ahead failed; cases are opened with keys made on demand meanwhile", e);
        } finally {
            refilling.set(false);
        }
    }

    private Document wrapped(CaseId caseId, SecretKey key) {
        return new Document("_id", caseId.value()).append("wrapped",
                new Binary(AesGcm.seal(master, wrapAad(caseId), key.getEncoded())))
                .append("createdAt", Date.from(clock.instant()));
    }

    /** Stops making keys ahead. */
    public void close() {
        refiller.shutdownNow();
    }

    @Override
    public SubjectKey key(CaseId caseId) {
        Document found = keys.find(Filters.eq("_id", caseId.value())).first();
        if (found == null || found.get("wrapped") == null) {
            // No key at all is treated like an erased one: nothing to seal with, nothing to show.
            return new Destroyed(caseId);
        }
        try {
            return new Usable(caseId, AesGcm.key(AesGcm.open(master, wrapAad(caseId), found.get("wrapped", Binary.class).getData())));
        } catch (AesGcm.TamperedException e) {
            LOG.error("The data key of case {} fails authentication: its personal data cannot be opened", caseId);
            unreadable.increment();
            return new Broken(caseId);
        }
    }

    /** Destroys the subject's key: the tombstone records when, never the key. Idempotent. */
    public void destroy(CaseId caseId) {
        sealing.remove(caseId);
        keys.replaceOne(Filters.eq("_id", caseId.value()), new Document("_id", caseId.value())
                .append("erasedAt", Date.from(clock.instant())), new ReplaceOptions().upsert(true));
    }

    private static String wrapAad(CaseId caseId) {
        return "setu-subject-key:" + caseId.value();
    }

    private static String valueAad(CaseId caseId, String purpose) {
        return caseId.value() + "|" + purpose;
    }

    private final class Usable implements SubjectKey {
        private final CaseId caseId;
        private final SecretKey key;

        Usable(CaseId caseId, SecretKey key) {
            this.caseId = caseId;
            this.key = key;
        }

        @Override
        public Sealed seal(String purpose, String plaintext) {
            byte[] sealed = AesGcm.seal(key, valueAad(caseId, purpose), plaintext.getBytes(StandardCharsets.UTF_8));
            return new Sealed(Sealed.PREFIX + Base64.getEncoder().encodeToString(sealed));
        }

        @Override
        public Opened open(String purpose, Sealed sealed) {
            if (sealed == null) {
                return Opened.erased();
            }
            try {
                byte[] bytes = Base64.getDecoder().decode(sealed.value().substring(Sealed.PREFIX.length()));
                return Opened.clear(new String(AesGcm.open(key, valueAad(caseId, purpose), bytes), StandardCharsets.UTF_8));
            } catch (AesGcm.TamperedException | IllegalArgumentException e) {
                LOG.warn("A sealed value ({}) of case {} fails authentication: shown as unreadable", purpose, caseId);
                unreadable.increment();
                return Opened.unreadable();
            }
        }
    }

    private record Destroyed(CaseId caseId) implements SubjectKey {
        @Override
        public Sealed seal(String purpose, String plaintext) {
            throw new RuleViolationException(ErrorCode.SUBJECT_ERASED, "The subject of case " + caseId + " was erased");
        }

        @Override
        public Opened open(String purpose, Sealed sealed) {
            return Opened.erased();
        }
    }

    private record Broken(CaseId caseId) implements SubjectKey {
        @Override
        public Sealed seal(String purpose, String plaintext) {
            throw new RuleViolationException(ErrorCode.PERSONAL_DATA_UNAVAILABLE,
                    "The data key of case " + caseId + " cannot be opened");
        }

        @Override
        public Opened open(String purpose, Sealed sealed) {
            return Opened.unreadable();
        }
    }
}
