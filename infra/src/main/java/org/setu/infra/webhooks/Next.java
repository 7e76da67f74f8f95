package org.setu.infra.webhooks;

import java.time.Instant;

/** What a subscription does next ({@link Deliveries#next}); the dispatcher carries it out. */
sealed interface Next {

    /** No agreement in force for the partner: nothing is delivered and the cursor stays, until one is. */
    record Stop() implements Next {
    }

    /** A failed delivery waits for its backoff to run out. */
    record WaitUntil(Instant at) implements Next {
    }

    /** Deliver one feed position now. */
    record Deliver(Attempt attempt) implements Next {
    }

    /** Nothing queued or waiting: look for the next entry the partner sees after the cursor. */
    record ReadFeed(long after) implements Next {
    }

    /** One try to deliver a feed position: its number (1 for the first), and whether it redelivers a dead letter. */
    record Attempt(long position, int number, boolean redelivery) {

        static Attempt first(long position) {
            return new Attempt(position, 1, false);
        }
    }
}
