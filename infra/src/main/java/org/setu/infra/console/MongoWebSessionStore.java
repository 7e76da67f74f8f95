package org.setu.infra.console;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionStore;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Console sessions in {@value #COLLECTION}, one document per session id ({@code _id}), so that any node serves any
 * request. A session past its idle timeout is refused and deleted when asked for; the rest of the expired ones are
 * deleted at most every {@link #PURGE_EVERY} on a write (the embedded server has no TTL index). Calls run on the
 * bounded-elastic scheduler: the driver blocks.
 */
public final class MongoWebSessionStore implements WebSessionStore {

    public static final String COLLECTION = "web_sessions";
    static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(MongoWebSessionStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> sessions;
    private final Duration idleTimeout;
    private final Clock clock;
    private final AtomicLong nextPurge = new AtomicLong();

    public MongoWebSessionStore(MongoDatabase database, Duration idleTimeout, Clock clock) {
        this.sessions = database.getCollection(COLLECTION);
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    @Override
    public Mono<WebSession> createWebSession() {
        Instant now = clock.instant();
        return Mono.just(new MongoWebSession(this, newId(), Map.of(), now, now, idleTimeout, false));
    }

    @Override
    public Mono<WebSession> retrieveSession(String id) {
        return blocking(() -> {
            Document d = sessions.find(new Document("_id", id)).first();
            if (d == null) {
                return null;
            }
            Instant last = d.getDate("lastAccess").toInstant();
            Duration idle = Duration.ofSeconds(d.getLong("maxIdleSeconds"));
            Instant now = clock.instant();
            if (!now.isBefore(last.plus(idle))) {
                sessions.deleteOne(new Document("_id", id));
                return null;
            }
            try {
                Map<String, Object> attributes = SessionAttributes.read(d.get("attributes", Binary.class).getData());
                return (WebSession) new MongoWebSession(this, id, attributes, d.getDate("created").toInstant(), now, idle, true);
            } catch (IllegalStateException unreadable) {
                LOG.warn("Session {}... could not be read and is dropped: {}", id.substring(0, 6), unreadable.getMessage());
                sessions.deleteOne(new Document("_id", id));
                return null;
            }
        });
    }

    @Override
    public Mono<Void> removeSession(String id) {
        return blocking(() -> sessions.deleteOne(new Document("_id", id))).then();
    }

    @Override
    public Mono<WebSession> updateLastAccessTime(WebSession session) {
        ((MongoWebSession) session).touch(clock.instant());
        return Mono.just(session);
    }

    Mono<Void> save(MongoWebSession s) {
        return blocking(() -> {
            purgeNowAndThen();
            Instant last = s.getLastAccessTime();
            Document d = new Document("_id", s.getId()).append("attributes", new Binary(SessionAttributes.write(s.getAttributes())))
                    .append("created", Date.from(s.getCreationTime())).append("lastAccess", Date.from(last))
                    .append("maxIdleSeconds", s.getMaxIdleTime().toSeconds())
                    .append("expiresAt", Date.from(last.plus(s.getMaxIdleTime())));
            return sessions.replaceOne(new Document("_id", s.getId()), d, new ReplaceOptions().upsert(true));
        }).then();
    }

    Instant now() {
        return clock.instant();
    }

    String newId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void purgeNowAndThen() {
        long now = clock.millis();
        long due = nextPurge.get();
        if (now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY.toMillis())) {
            sessions.deleteMany(new Document("expiresAt", new Document("$lt", new Date(now))));
        }
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
