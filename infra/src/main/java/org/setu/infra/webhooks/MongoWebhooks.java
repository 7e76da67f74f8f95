package org.setu.infra.webhooks;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.bson.types.Binary;
import org.setu.api.webhooks.WebhookRegistry;
import org.setu.infra.privacy.AesGcm;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.UnknownResourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Webhook subscriptions ({@value #WEBHOOKS}: URL, cursor, pending delivery, secrets sealed with the master key), the
 * delivery log ({@value #DELIVERIES}) and dead letters ({@value #DEAD_LETTERS}) as partners manage and read them;
 * the dispatcher reads and moves them through {@link SubscriptionStore}.
 */
public class MongoWebhooks implements WebhookRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(MongoWebhooks.class);
    public static final String WEBHOOKS = "webhooks";
    public static final String DELIVERIES = "webhook_deliveries";
    public static final String DEAD_LETTERS = "webhook_dead_letters";

    private final MongoCollection<Document> webhooks;
    private final MongoCollection<Document> deliveries;
    private final MongoCollection<Document> deadLetters;
    private final SecretKey master;
    private final Clock clock;
    private final Duration rotationOverlap;
    private final SubscriptionStore subscriptions;

    public MongoWebhooks(MongoDatabase database, SecretKey master, Clock clock, Duration rotationOverlap,
                         MeterRegistry meters) {
        this.subscriptions = new SubscriptionStore(database, master, clock, meters);
        this.webhooks = database.getCollection(WEBHOOKS);
        this.deliveries = database.getCollection(DELIVERIES);
        this.deadLetters = database.getCollection(DEAD_LETTERS);
        this.master = master;
        this.clock = clock;
        this.rotationOverlap = rotationOverlap;
    }

    @Override
    public Created register(String partner, URI url) {
        String id = "W" + UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        webhooks.insertOne(new Document("_id", id).append("partner", partner).append("url", url.toString())
                .append("cursor", 0L).append("createdAt", Date.from(clock.instant()))
                .append("secrets", List.of(sealedSecret(id, secret, null))));
        LOG.info("Partner {} registered webhook {} at {}", partner, id, url);
        return new Created(id, secret, null);
    }

    @Override
    public List<Subscription> list(String partner) {
        List<Subscription> found = new ArrayList<>();
        webhooks.find(Filters.eq("partner", partner)).forEach(d -> found.add(new Subscription(d.getString("_id"),
                d.getString("url"), d.getLong("cursor"), d.getDate("createdAt").toInstant())));
        return found;
    }

    @Override
    public void remove(String partner, String webhookId) {
        owned(partner, webhookId);
        webhooks.deleteOne(Filters.eq("_id", webhookId));
    }

    @Override
    public Created rotateSecret(String partner, String webhookId) {
        Document hook = owned(partner, webhookId);
        Instant until = clock.instant().plus(rotationOverlap);
        String secret = WebhookSignature.newSecret();
        List<Document> kept = new ArrayList<>();
        kept.add(sealedSecret(webhookId, secret, null));
        for (Document old : hook.getList("secrets", Document.class)) {
            Date retires = old.getDate("retiresAt");
            if (retires == null || retires.toInstant().isAfter(clock.instant())) {
                kept.add(new Document(old).append("retiresAt", Date.from(until)));
            }
        }
        webhooks.updateOne(Filters.eq("_id", webhookId), Updates.set("secrets", kept));
        return new Created(webhookId, secret, until);
    }

    @Override
    public List<Delivery> deliveries(String partner, String webhookId, int limit) {
        owned(partner, webhookId);
        List<Delivery> found = new ArrayList<>();
        deliveries.find(Filters.eq("webhookId", webhookId)).sort(Sorts.descending("at", "seq")).limit(limit)
                .forEach(d -> found.add(new Delivery(webhookId, d.getLong("position"), d.getString("messageId"),
                        d.getInteger("attempt"), d.getString("outcome"), d.getInteger("status"), d.getString("error"),
                        d.getDate("at").toInstant(), d.getLong("millis"))));
        return found;
    }

    @Override
    public List<DeadLetter> deadLetters(String partner, String webhookId) {
        owned(partner, webhookId);
        List<DeadLetter> found = new ArrayList<>();
        deadLetters.find(Filters.eq("webhookId", webhookId)).sort(Sorts.ascending("position")).forEach(d ->
                found.add(new DeadLetter(webhookId, d.getLong("position"), d.getString("messageId"),
                        d.getInteger("attempts"), d.getString("lastError"), d.getDate("at").toInstant(),
                        d.getBoolean("redeliver", false))));
        return found;
    }

    @Override
    public void redeliver(String partner, String webhookId, long position) {
        owned(partner, webhookId);
        var result = deadLetters.updateOne(Filters.eq("_id", deadLetterId(webhookId, position)), Updates.set("redeliver", true));
        if (result.getMatchedCount() == 0) {
            throw new UnknownResourceException(ErrorCode.DELIVERY_NOT_FOUND,
                    "No dead letter at position " + position + " for webhook " + webhookId);
        }
    }

    /** The dispatcher's view of the same collections. */
    SubscriptionStore subscriptions() {
        return subscriptions;
    }

    /** A subscription's stored document, as it is (for operators' tools and tests). */
    public Document find(String webhookId) {
        return webhooks.find(Filters.eq("_id", webhookId)).first();
    }

    /** The secrets that sign now: the newest first, then any older one still in its overlap. */
    public List<String> signingSecrets(Document hook) {
        return subscriptions.signingSecrets(hook.getString("_id"), SubscriptionStore.secrets(hook));
    }

    static String deadLetterId(String webhookId, long position) {
        return webhookId + "|" + position;
    }

    private Document sealedSecret(String webhookId, String secret, Date retiresAt) {
        return new Document("sealed", new Binary(AesGcm.seal(master, "setu-webhook-secret:" + webhookId,
                secret.getBytes(StandardCharsets.UTF_8)))).append("createdAt", Date.from(clock.instant()))
                .append("retiresAt", retiresAt);
    }

    private Document owned(String partner, String webhookId) {
        Document hook = webhookId == null ? null : webhooks.find(Filters.eq("_id", webhookId)).first();
        if (hook == null || !partner.equals(hook.getString("partner"))) {
            throw new UnknownResourceException(ErrorCode.WEBHOOK_NOT_FOUND, "No webhook " + webhookId);
        }
        return hook;
    }
}
