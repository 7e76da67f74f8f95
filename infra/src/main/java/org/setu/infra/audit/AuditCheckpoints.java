package org.setu.infra.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.setu.kernel.audit.AuditCheckpoint;
import org.setu.kernel.audit.AuditCheckpointView;
import org.setu.kernel.audit.AuditEntry;
import org.setu.kernel.audit.AuditVerification;
import org.setu.kernel.audit.FindAuditCheckpointQuery;
import org.setu.kernel.audit.VerifyAuditChainQuery;
import org.setu.query.audit.AuditTrailProjection;
import org.setu.query.audit.AuditVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Signed checkpoints of the audit trail: every interval, if the chain grew, the head (entries and hash) is signed with
 * an Ed25519 key kept in the data directory (owner-only); verification checks the chain and the latest checkpoint.
 */
public class AuditCheckpoints implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
    static final String PRIVATE_KEY = "audit-signing-key.pk8";
    static final String PUBLIC_KEY = "audit-signing-key.pub.pem";
    private final AuditTrailProjection trail;
    private final MongoCollection<Document> checkpoints;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String publicPem;
    private final Clock clock;
    private final ScheduledExecutorService schedule =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "setu-audit-checkpoints");
                t.setDaemon(true);
                return t;
            });

    public AuditCheckpoints(AuditTrailProjection trail, MongoDatabase database, Path dataDir, Clock clock) {
        this.trail = trail;
        this.checkpoints = database.getCollection("audit_checkpoints");
        this.clock = clock;
        try {
            KeyPair keys = loadOrCreate(dataDir);
            this.privateKey = keys.getPrivate();
            this.publicKey = keys.getPublic();
            this.publicPem = pem(publicKey);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load or create the audit signing key in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static KeyPair loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
        Path privateFile = dir.resolve(PRIVATE_KEY);
        Path publicFile = dir.resolve(PUBLIC_KEY);
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        if (Files.exists(privateFile)) {
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            return new KeyPair(AuditVerifier.publicKey(Files.readString(publicFile)), privateKey);
        }
        Files.createDirectories(dir);
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.write(privateFile, keys.getPrivate().getEncoded());
        try {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the directory's permissions apply.
        }
        Files.writeString(publicFile, pem(keys.getPublic()));
        return keys;
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
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
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            AuditCheckpoint signed = new AuditCheckpoint(unsigned.entries(), unsigned.headHash(), unsigned.at(), "Ed25519",
                    Base64.getEncoder().encodeToString(signer.sign()));
            Document doc = new Document("entries", signed.entries()).append("headHash", signed.headHash())
                    .append("at", signed.at().toString()).append("algorithm", signed.algorithm())
                    .append("signature", signed.signature());
            checkpoints.insertOne(new Document(doc).append("_id", "at-" + signed.entries()));
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
        Document d = checkpoints.find(new Document("_id", "latest")).first();
        return d == null ? null : new AuditCheckpoint(d.getLong("entries"), d.getString("headHash"),
                Instant.parse(d.getString("at")), d.getString("algorithm"), d.getString("signature"));
    }

    @QueryHandler
    public AuditCheckpointView handle(FindAuditCheckpointQuery query) {
        return new AuditCheckpointView(latest(), publicPem);
    }

    /** The stored chain from the first entry to the head, checked link by link and against the latest checkpoint. */
    @QueryHandler
    public AuditVerification handle(VerifyAuditChainQuery query) {
        AuditTrailProjection.Head head = trail.head();
        AuditVerification verdict = AuditVerifier.verify(stored(head.entries()), latest(), publicKey);
        if (verdict.valid() && !verdict.headHash().equals(head.hash())) {
            return new AuditVerification(false, head.entries(), null, head.entries(), "the head does not match the last entry");
        }
        if (verdict.valid() && trail.storedEntries() != head.entries()) {
            return new AuditVerification(false, head.entries(), null, head.entries() + 1, "entries beyond the head were added");
        }
        return verdict;
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
