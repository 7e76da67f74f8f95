package org.setu.infra.console;

import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One console session as {@link MongoWebSessionStore} keeps it: as Spring's in-memory session behaves (started when
 * asked to or once it holds an attribute; saved by the session manager before the response is sent), but saved to
 * MongoDB. A new id (at login) removes the document under the old one, so the id from before login opens nothing.
 */
final class MongoWebSession implements WebSession {

    private final MongoWebSessionStore store;
    private final Map<String, Object> attributes;
    private final Instant created;
    private volatile String id;
    private volatile Instant lastAccess;
    private volatile Duration maxIdle;
    private volatile boolean started;
    private volatile boolean invalidated;

    MongoWebSession(MongoWebSessionStore store, String id, Map<String, Object> attributes, Instant created,
                    Instant lastAccess, Duration maxIdle, boolean started) {
        this.store = store;
        this.id = id;
        this.attributes = new ConcurrentHashMap<>(attributes);
        this.created = created;
        this.lastAccess = lastAccess;
        this.maxIdle = maxIdle;
        this.started = started;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public boolean isStarted() {
        return started || !attributes.isEmpty();
    }

    @Override
    public Mono<Void> changeSessionId() {
        String old = id;
        id = store.newId();
        return store.removeSession(old);
    }

    @Override
    public Mono<Void> invalidate() {
        invalidated = true;
        attributes.clear();
        return store.removeSession(id);
    }

    @Override
    public Mono<Void> save() {
        return invalidated ? Mono.empty() : store.save(this);
    }

    @Override
    public boolean isExpired() {
        return invalidated || !maxIdle.isNegative() && !store.now().isBefore(lastAccess.plus(maxIdle));
    }

    @Override
    public Instant getCreationTime() {
        return created;
    }

    @Override
    public Instant getLastAccessTime() {
        return lastAccess;
    }

    @Override
    public void setMaxIdleTime(Duration maxIdleTime) {
        this.maxIdle = maxIdleTime;
    }

    @Override
    public Duration getMaxIdleTime() {
        return maxIdle;
    }

    void touch(Instant now) {
        lastAccess = now;
    }
}
