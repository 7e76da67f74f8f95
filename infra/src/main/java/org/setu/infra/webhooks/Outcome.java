package org.setu.infra.webhooks;

import java.time.Instant;

/** What the result of one attempt does to the subscription ({@link Deliveries#after}); the dispatcher stores it. */
sealed interface Outcome {

    Next.Attempt attempt();

    /** Accepted (2xx): the cursor moves past the position, or a redelivered dead letter is removed. */
    record Delivered(Next.Attempt attempt) implements Outcome {
    }

    /** Failed, with attempts left: the position is pending and tried again at {@code at}. */
    record RetryAt(Next.Attempt attempt, Instant at) implements Outcome {
    }

    /** Failed for the last time: the position becomes a dead letter and the subscription moves on past it. */
    record DeadLetter(Next.Attempt attempt) implements Outcome {
    }

    /** A redelivery failed: the dead letter stays (no longer queued), counting one more attempt. */
    record RedeliveryFailed(Next.Attempt attempt) implements Outcome {
    }
}
