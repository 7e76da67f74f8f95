package org.setu.infra.audit;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.setu.infra.keys.AuditKeys;
import org.setu.kernel.audit.AuditCheckpoint;
import org.setu.kernel.audit.AuditCheckpointView;
import org.setu.kernel.audit.AuditEntry;
import org.setu.kernel.audit.AuditVerification;
import org.setu.kernel.audit.FindAuditCheckpointQuery;
import org.setu.kernel.audit.VerifyAuditChainQuery;
import org.setu.query.audit.AuditChain;
import org.setu.query.audit.AuditTrailProjection;
import org.setu.query.audit.AuditVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Signed checkpoints of the audit trail: every interval, if the chain grew, the head (entries and hash) is signed with
 * the network's current Ed25519 key ({@link AuditKeys}); the checkpoint names the key, so any node verifies it, also
 * after a rotation. Verification checks the chain and the latest checkpoint.
 */
public class AuditCheckpoints implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
    private final AuditTrailProjection trail;
    private final MongoCollection<Document> checkpoints;
    private final AuditKeys keys;
    private final Clock clock;
    private final ScheduledExecutorService schedule =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "setu-audit-checkpoints");
                t.setDaemon(true);
                return t;
            });

    public AuditCheckpoints(AuditTrailProjection trail, MongoDatabase database, AuditKeys keys, Clock clock) {
        this.trail = trail;
        this.checkpoints = database.getCollection("audit_checkpoints");
        this.keys = keys;
        this.clock = clock;
    }

    /** Signs the current head if it moved since the last checkpoint; returns the latest checkpoint. */
    public synchronized AuditCheckpoint checkpoint() {
        AuditTrailProjection.Head head = trail.head();
        AuditCheckpoint latest = latest();
        if (head.entries() == 0 || latest != null && latest.entries() == head.entries()) {
            return latest;
        }
        try {
            AuditCheckpoint unsigned = new AuditCheckpoint(head.entries(), head.hash(), clock.instant(), "Ed25519", null);
            AuditKeys.Signer key = keys.signing();
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.key());
            signer.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            AuditCheckpoint signed = new AuditCheckpoint(unsigned.entries(), unsigned.headHash(), unsigned.at(), "Ed25519",
                    Base64.getEncoder().encodeToString(signer.sign()));
            Document doc = new Document("entries", signed.entries()).append("headHash", signed.headHash())
                    .append("at", signed.at().toString()).append("algorithm", signed.algorithm())
                    .append("signature", signed.signature()).append("keyId", key.keyId());
            if (!UniqueKeys.took(() -> checkpoints.insertOne(new Document(doc).append("_id", "at-" + signed.entries())))) {
                return latest(); // another node signed this head a moment ago (with the same network key)
            }
            checkpoints.replaceOne(new Document("_id", "latest"), new Document(doc).append("_id", "latest"),
                    new ReplaceOptions().upsert(true));
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an audit checkpoint", e);
        }
    }

    /** Writes a checkpoint every {@code interval} (when the chain grew). */
    public void every(Duration interval) {
        schedule.scheduleWithFixedDelay(this::checkpointSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }

    public void checkpointSafely() {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            LOG.warn("Could not write an audit checkpoint: {}", e.toString());
        }
    }

    private AuditCheckpoint latest() {
        Document d = latestDocument();
        return d == null ? null : checkpointOf(d);
    }

    private Document latestDocument() {
        return checkpoints.find(new Document("_id", "latest")).first();
    }

    private static AuditCheckpoint checkpointOf(Document d) {
        return new AuditCheckpoint(d.getLong("entries"), d.getString("headHash"),
                Instant.parse(d.getString("at")), d.getString("algorithm"), d.getString("signature"));
    }

    /**
     * The key that verifies a checkpoint: the one it names; for a checkpoint of an earlier version (no key id), the
     * ring's key whose signature it carries; with no checkpoint yet, the key that signs now.
     */
    private AuditKeys.Verifier keyOf(Document checkpoint) {
        if (checkpoint == null) {
            AuditKeys.Signer signer = keys.signing();
            return keys.verifying(signer.keyId()).stream().filter(k -> k.keyId().equals(signer.keyId())).findFirst()
                    .orElseThrow();
        }
        String keyId = checkpoint.getString("keyId");
        List<AuditKeys.Verifier> candidates = keys.verifying(keyId);
        AuditCheckpoint signed = checkpointOf(checkpoint);
        return candidates.stream().filter(k -> keyId != null ? k.keyId().equals(keyId) : signs(k, signed)).findFirst()
                .orElse(candidates.get(0));
    }

    private static boolean signs(AuditKeys.Verifier key, AuditCheckpoint checkpoint) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.key());
            verifier.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @QueryHandler
    public AuditCheckpointView handle(FindAuditCheckpointQuery query) {
        Document latest = latestDocument();
        return new AuditCheckpointView(latest == null ? null : checkpointOf(latest), keyOf(latest).publicPem());
    }

    /** The stored chain from the first entry to the head, checked link by link and against the latest checkpoint. */
    @QueryHandler
    public AuditVerification handle(VerifyAuditChainQuery query) {
        AuditTrailProjection.Head head = trail.head();
        Document latest = latestDocument();
        AuditVerification verdict = AuditVerifier.verify(stored(head.entries()),
                latest == null ? null : checkpointOf(latest), keyOf(latest).key());
        if (verdict.valid() && !verdict.headHash().equals(head.hash())) {
            return new AuditVerification(false, head.entries(), null, head.entries(), "the head does not match the last entry");
        }
        if (verdict.valid() && !onlyAppendsInFlight(head)) {
            return new AuditVerification(false, head.entries(), null, head.entries() + 1, "entries beyond the head were added");
        }
        return verdict;
    }

    /**
     * Entries beyond the head are tolerated only as the next links of the chain: an append in flight (its entry is
     * stored a moment before the head moves) or one a crash or an online backup caught half done, which the event's
     * redelivery completes. Anything else stored beyond the head, or beside the numbered entries, was added by hand.
     */
    private boolean onlyAppendsInFlight(AuditTrailProjection.Head head) {
        long stored = trail.storedEntries(); // counted first: appends meanwhile only lengthen what follows
        List<AuditEntry> after = trail.entriesAfter(head.entries());
        String previous = head.hash();
        long seq = head.entries();
        for (AuditEntry e : after) {
            if (AuditChain.check(e, ++seq, previous) != null) {
                return false;
            }
            previous = e.hash();
        }
        return stored <= head.entries() + after.size();
    }

    private Iterator<AuditEntry> stored(long count) {
        return new Iterator<>() {
            long next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return trail.entry(next++);
            }
        };
    }
}
