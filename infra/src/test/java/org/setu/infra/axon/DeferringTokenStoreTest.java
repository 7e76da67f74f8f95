package org.setu.infra.axon;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Skipping unread events writes no token at once; everything else, and every claim, reaches the store in time. */
class DeferringTokenStoreTest {

    private static final String P = "case-views";
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger extended = new AtomicInteger();
    private InMemoryTokenStore store;
    private DeferringTokenStore tokens;

    @BeforeEach
    void claimed() {
        store = new InMemoryTokenStore() {
            @Override
            public void extendClaim(String processorName, int segment) {
                extended.incrementAndGet();
                super.extendClaim(processorName, segment);
            }
        };
        store.initializeTokenSegments(P, 1, new GlobalSequenceTrackingToken(0));
        tokens = new DeferringTokenStore(store, Duration.ofMillis(500), now::get);
        tokens.fetchToken(P, 0);
    }

    private TrackingToken stored() {
        return store.fetchToken(P, 0);
    }

    @Test
    void a_batch_no_handler_read_is_written_at_the_next_idle_wake_up_not_at_once() {
        tokens.storeToken(new GlobalSequenceTrackingToken(5), P, 0);
        assertThat(stored()).isEqualTo(new GlobalSequenceTrackingToken(0));
        tokens.extendClaim(P, 0);
        assertThat(stored()).isEqualTo(new GlobalSequenceTrackingToken(5));
        assertThat(extended).as("the token write renewed the claim").hasValue(0);
    }

    @Test
    void a_batch_handled_in_a_unit_of_work_is_written_at_once() {
        var work = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("x"));
        try {
            tokens.storeToken(new GlobalSequenceTrackingToken(7), P, 0);
        } finally {
            work.commit();
        }
        assertThat(stored()).isEqualTo(new GlobalSequenceTrackingToken(7));
    }

    @Test
    void a_token_kept_back_is_written_before_the_claim_is_released_or_the_token_read() {
        tokens.storeToken(new GlobalSequenceTrackingToken(3), P, 0);
        tokens.releaseClaim(P, 0);
        assertThat(stored()).isEqualTo(new GlobalSequenceTrackingToken(3));
        tokens.fetchToken(P, 0);
        tokens.storeToken(new GlobalSequenceTrackingToken(4), P, 0);
        assertThat(tokens.fetchToken(P, 0)).isEqualTo(new GlobalSequenceTrackingToken(4));
    }

    @Test
    void a_segment_not_claimed_through_this_store_is_written_at_once_as_a_reset_is() {
        tokens.releaseClaim(P, 0);
        tokens.storeToken(new GlobalSequenceTrackingToken(0), P, 0);
        assertThat(stored()).isEqualTo(new GlobalSequenceTrackingToken(0));
        tokens.storeToken(new GlobalSequenceTrackingToken(9), P, 0);
        assertThat(stored()).isEqualTo(new GlobalSequenceTrackingToken(9));
    }

    @Test
    void a_token_kept_back_whose_claim_was_lost_fails_once_and_does_not_block_the_release() {
        var lost = new InMemoryTokenStore() {
            @Override
            public void storeToken(TrackingToken token, String processorName, int segment) {
                throw new UnableToClaimTokenException("claimed by another node");
            }
        };
        lost.initializeTokenSegments(P, 1, new GlobalSequenceTrackingToken(0));
        var failing = new DeferringTokenStore(lost, Duration.ofMillis(500), now::get);
        failing.fetchToken(P, 0);
        failing.storeToken(new GlobalSequenceTrackingToken(8), P, 0);
        assertThatThrownBy(() -> failing.extendClaim(P, 0)).isInstanceOf(UnableToClaimTokenException.class);
        failing.releaseClaim(P, 0);
        assertThat(lost.fetchToken(P, 0)).isEqualTo(new GlobalSequenceTrackingToken(0));
    }

    @Test
    void an_idle_processor_renews_its_claim_once_a_heartbeat_not_at_every_wake_up() {
        tokens.extendClaim(P, 0);
        assertThat(extended).as("claimed a moment ago").hasValue(0);
        now.addAndGet(Duration.ofMillis(499).toNanos());
        tokens.extendClaim(P, 0);
        assertThat(extended).hasValue(0);
        now.addAndGet(Duration.ofMillis(1).toNanos());
        tokens.extendClaim(P, 0);
        assertThat(extended).hasValue(1);
        tokens.extendClaim(P, 0);
        assertThat(extended).hasValue(1);
    }
}
