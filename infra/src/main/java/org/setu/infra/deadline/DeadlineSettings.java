package org.setu.infra.deadline;

import java.time.Duration;

/**
 * Deadline polling ({@code setu.deadlines.*}).
 *
 * @param poll       how often every node looks for due deadlines
 * @param lease      a claim's window: a deadline claimed by a node that died before firing it is fired by another
 *                   node in the next window (within a lease plus a poll)
 * @param retryAfter how long a deadline whose handler failed waits before any node tries it again
 */
public record DeadlineSettings(Duration poll, Duration lease, Duration retryAfter) {

    public DeadlineSettings {
        poll = poll == null ? Duration.ofSeconds(1) : poll;
        lease = lease == null ? Duration.ofSeconds(2) : lease;
        retryAfter = retryAfter == null ? Duration.ofMinutes(1) : retryAfter;
    }
}
