package org.setu.infra.api;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.setu.api.login.LoginAttempts;
import org.setu.api.login.LoginState;
import org.setu.infra.privacy.Hmac;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.Objects;

/**
 * Login states in {@value #COLLECTION}, one document per account under an HMAC of its name (guessed names, sometimes
 * a password typed in the wrong field, are not stored in clear). Updates are conditioned on the version read, so
 * attempts on several nodes are counted one by one. A state is kept until it can no longer refuse anything (its
 * {@code expiresAt}); forgotten states are deleted at most every {@link #PURGE_EVERY}, on a write.
 */
public final class MongoLoginAttempts implements LoginAttempts {

    public static final String COLLECTION = "login_attempts";
    static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private final MongoCollection<Document> states;
    private final Clock clock;
    private final byte[] key;
    private final Duration memory;
    private final AtomicLong nextPurge = new AtomicLong();

    /** {@code memory}: how long failures are remembered after the last attempt (the lock duration). */
    public MongoLoginAttempts(MongoDatabase database, Clock clock, SecretKey key, Duration memory) {
        this.states = database.getCollection(COLLECTION);
        this.clock = clock;
        this.key = key.getEncoded();
        this.memory = memory;
    }

    @Override
    public LoginState find(String account) {
        Document d = states.find(new Document("_id", id(account))).first();
        if (d == null) {
            return LoginState.FRESH;
        }
        return new LoginState(d.getInteger("failures"), instant(d, "lastAttempt"), instant(d, "notBefore"),
                instant(d, "lockedUntil"), d.getLong("v"));
    }

    @Override
    public boolean replace(String account, LoginState expected, LoginState next) {
        purgeNowAndThen();
        Document d = new Document("_id", id(account)).append("v", next.version()).append("failures", next.failures())
                .append("lastAttempt", date(next.lastAttempt())).append("notBefore", date(next.notBefore()))
                .append("lockedUntil", date(next.lockedUntil())).append("expiresAt", date(expiry(next)));
        if (expected.version() == 0) {
            return UniqueKeys.took(() -> states.insertOne(d));
        }
        return states.replaceOne(new Document("_id", id(account)).append("v", expected.version()), d).getMatchedCount() == 1;
    }

    @Override
    public void clear(String account) {
        states.deleteOne(new Document("_id", id(account)));
    }

    private Instant expiry(LoginState s) {
        return Stream.of(s.notBefore(), s.lockedUntil(), s.lastAttempt() == null ? null : s.lastAttempt().plus(memory))
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(clock.instant());
    }

    private void purgeNowAndThen() {
        long now = clock.millis();
        long due = nextPurge.get();
        if (now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY.toMillis())) {
            states.deleteMany(new Document("expiresAt", new Document("$lt", new Date(now))));
        }
    }

    private String id(String account) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.sha256(key, account));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
