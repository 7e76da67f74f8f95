package org.setu.infra.webhooks;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.bson.types.Binary;
import org.setu.infra.privacy.AesGcm;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dispatcher's side of the webhook collections of {@link MongoWebhooks}: each subscription read as a typed
 * {@link Subscription}, and every outcome written back in the same stored shape as before (cursor, pending retry,
 * delivery log with the {@code setu.webhook.deliveries} counter, dead letters).
 */
final class SubscriptionStore {

    private final MongoCollection<Document> webhooks;
    private final MongoCollection<Document> deliveries;
    private final MongoCollection<Document> deadLetters;
    private final SecretKey master;
    private final Clock clock;
    private final MeterRegistry meters;

    SubscriptionStore(MongoDatabase database, SecretKey master, Clock clock, MeterRegistry meters) {
        this.webhooks = database.getCollection(MongoWebhooks.WEBHOOKS);
        this.deliveries = database.getCollection(MongoWebhooks.DELIVERIES);
        this.deadLetters = database.getCollection(MongoWebhooks.DEAD_LETTERS);
        this.master = master;
        this.clock = clock;
        this.meters = meters;
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>();
        webhooks.find().projection(Projections.include("_id")).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    /** The subscription as stored, with its queued redeliveries; null when it was removed. */
    Subscription subscription(String webhookId) {
        Document hook = webhooks.find(Filters.eq("_id", webhookId)).first();
        if (hook == null) {
            return null;
        }
        List<Long> redeliveries = new ArrayList<>();
        deadLetters.find(Filters.and(Filters.eq("webhookId", webhookId), Filters.eq("redeliver", true)))
                .forEach(d -> redeliveries.add(d.getLong("position")));
        Document pending = hook.get("pending", Document.class);
        return new Subscription(webhookId, hook.getString("partner"), hook.getString("url"), hook.getLong("cursor"),
                Optional.ofNullable(pending).map(p -> new Subscription.Pending(p.getLong("position"),
                        p.getInteger("attempts"), p.getDate("next").toInstant())), redeliveries, secrets(hook));
    }

    static List<Subscription.SealedSecret> secrets(Document hook) {
        List<Subscription.SealedSecret> secrets = new ArrayList<>();
        for (Document s : hook.getList("secrets", Document.class)) {
            Date retires = s.getDate("retiresAt");
            secrets.add(new Subscription.SealedSecret(s.get("sealed", Binary.class).getData(),
                    retires == null ? null : retires.toInstant()));
        }
        return secrets;
    }

    /** The secrets that sign now: the newest first, then any older one still in its overlap. */
    List<String> signingSecrets(Subscription subscription) {
        return signingSecrets(subscription.id(), subscription.secrets());
    }

    List<String> signingSecrets(String webhookId, List<Subscription.SealedSecret> secrets) {
        Instant now = clock.instant();
        return secrets.stream().filter(secret -> secret.signsAt(now)).map(secret -> new String(
                AesGcm.open(master, "setu-webhook-secret:" + webhookId, secret.sealed()), StandardCharsets.UTF_8)).toList();
    }

    void advance(String webhookId, long position) {
        webhooks.updateOne(Filters.eq("_id", webhookId), Updates.combine(Updates.set("cursor", position),
                Updates.unset("pending")));
    }

    void pending(String webhookId, long position, int attempts, Instant next) {
        webhooks.updateOne(Filters.eq("_id", webhookId), Updates.set("pending", new Document("position", position)
                .append("attempts", attempts).append("next", Date.from(next))));
    }

    void log(String webhookId, long position, String messageId, int attempt, String outcome, Integer status,
             String error, long millis) {
        Counter.builder("setu.webhook.deliveries").tag("outcome", outcome)
                .description("Webhook delivery attempts by outcome").register(meters).increment();
        deliveries.insertOne(new Document("_id", UUID.randomUUID().toString()).append("webhookId", webhookId)
                .append("position", position).append("messageId", messageId).append("attempt", attempt)
                .append("outcome", outcome).append("status", status).append("error", error)
                .append("at", Date.from(clock.instant())).append("seq", System.nanoTime()).append("millis", millis));
    }

    void deadLetter(String webhookId, long position, String messageId, int attempts, String lastError) {
        deadLetters.replaceOne(Filters.eq("_id", MongoWebhooks.deadLetterId(webhookId, position)),
                new Document("_id", MongoWebhooks.deadLetterId(webhookId, position)).append("webhookId", webhookId)
                        .append("position", position).append("messageId", messageId).append("attempts", attempts)
                        .append("lastError", lastError).append("at", Date.from(clock.instant())),
                new ReplaceOptions().upsert(true));
    }

    void redelivered(String webhookId, long position) {
        deadLetters.deleteOne(Filters.eq("_id", MongoWebhooks.deadLetterId(webhookId, position)));
    }

    void redeliveryFailed(String webhookId, long position, String error) {
        deadLetters.updateOne(Filters.eq("_id", MongoWebhooks.deadLetterId(webhookId, position)), Updates.combine(
                Updates.set("redeliver", false), Updates.set("lastError", error), Updates.inc("attempts", 1)));
    }
}
