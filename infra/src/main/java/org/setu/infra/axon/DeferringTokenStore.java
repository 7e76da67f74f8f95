package org.setu.infra.axon;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.setu.query.common.BatchWrites;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The token store as processors use it, without a write for every event they have no handler for. A tracking
 * processor stores its token after each batch; for a batch none of its handlers takes (most projections ignore most
 * events: every case view adds an audit event only the audit trail reads) it stores it outside a unit of work. Such a
 * forward move is kept in memory here and written at the processor's next idle wake-up ({@code extendClaim}, within
 * the idle wake-up interval) or with its next real batch, whichever comes first; every other write goes through at
 * once. Nothing can be lost or skipped by this: the stored token only lags over events no handler of the processor
 * reads, so a crash redelivers at most those (issue 17; docs/projections.md).
 * <p>
 * The claim stays fresh: an idle wake-up extends it once a heartbeat has passed since this node last wrote.
 * <p>
 * Before a token is stored in a unit of work, the writes its batch kept back are written ({@link BatchWrites}).
 */
final class DeferringTokenStore implements TokenStore {

    private record Key(String processor, int segment) {
    }

    /** What this node last wrote for a segment, and the forward move it has not written yet. */
    private static final class State {
        TrackingToken pending;
        boolean hasPending;
        boolean claimed;
        long writtenAt;
    }

    private final TokenStore store;
    private final long heartbeatNanos;
    private final LongSupplier nanoTime;
    private final Map<Key, State> states = new ConcurrentHashMap<>();

    DeferringTokenStore(TokenStore store, Duration heartbeat, LongSupplier nanoTime) {
        this.store = store;
        this.heartbeatNanos = heartbeat.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public void storeToken(TrackingToken token, String processor, int segment) {
        // The batch's kept-back projection writes go first: the token never passes an event whose writes are not
        // stored (Axon stores it in the batch's first prepare-commit step, before any step a handler registers).
        BatchWrites.flush();
        State state = state(processor, segment);
        synchronized (state) {
            if (!CurrentUnitOfWork.isStarted() && state.claimed) {
                state.pending = token;
                state.hasPending = true;
                return;
            }
            write(state, token, processor, segment);
        }
    }

    @Override
    public void extendClaim(String processor, int segment) {
        State state = state(processor, segment);
        synchronized (state) {
            if (state.hasPending) {
                write(state, state.pending, processor, segment);
            } else if (nanoTime.getAsLong() - state.writtenAt >= heartbeatNanos) {
                store.extendClaim(processor, segment);
                state.writtenAt = nanoTime.getAsLong();
            }
        }
    }

    @Override
    public TrackingToken fetchToken(String processor, int segment) {
        State state = state(processor, segment);
        synchronized (state) {
            flush(state, processor, segment);
            TrackingToken token = store.fetchToken(processor, segment);
            state.claimed = true;
            state.writtenAt = nanoTime.getAsLong();
            return token;
        }
    }

    @Override
    public TrackingToken fetchToken(String processor, Segment segment) {
        State state = state(processor, segment.getSegmentId());
        synchronized (state) {
            flush(state, processor, segment.getSegmentId());
            TrackingToken token = store.fetchToken(processor, segment);
            state.claimed = true;
            state.writtenAt = nanoTime.getAsLong();
            return token;
        }
    }

    @Override
    public void releaseClaim(String processor, int segment) {
        State state = state(processor, segment);
        synchronized (state) {
            flush(state, processor, segment);
            store.releaseClaim(processor, segment);
            state.claimed = false;
        }
    }

    @Override
    public void deleteToken(String processor, int segment) {
        State state = state(processor, segment);
        synchronized (state) {
            state.hasPending = false;
            state.pending = null;
            store.deleteToken(processor, segment);
            state.claimed = false;
        }
    }

    @Override
    public void initializeTokenSegments(String processor, int segmentCount) {
        store.initializeTokenSegments(processor, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processor, int segmentCount, TrackingToken initialToken) {
        store.initializeTokenSegments(processor, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processor, int segment) {
        store.initializeSegment(token, processor, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return store.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processor) {
        return store.fetchSegments(processor);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processor) {
        return store.fetchAvailableSegments(processor);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return store.retrieveStorageIdentifier();
    }

    private State state(String processor, int segment) {
        return states.computeIfAbsent(new Key(processor, segment), k -> new State());
    }

    private void flush(State state, String processor, int segment) {
        if (state.hasPending) {
            write(state, state.pending, processor, segment);
        }
    }

    private void write(State state, TrackingToken token, String processor, int segment) {
        // Dropped even when the write fails (a claim another node took): the token it carried covered only events
        // this processor does not read, and a failed write must not be retried at every later call.
        state.pending = null;
        state.hasPending = false;
        store.storeToken(token, processor, segment);
        state.writtenAt = nanoTime.getAsLong();
    }
}
