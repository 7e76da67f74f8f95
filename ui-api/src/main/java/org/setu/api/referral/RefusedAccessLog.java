package org.setu.api.referral;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.setu.kernel.audit.AccessRefusedEvent;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseId;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records requests on a case by callers without need-to-know, for the secretariat, while the caller gets the same 404
 * as for an unknown case. A caller's attempts are recorded at most {@code perMinute} a minute (a burst of as many):
 * the rest are counted and the count goes with the caller's next recorded attempt, so probing shows in the trail
 * but cannot flood the hash chain.
 */
public final class RefusedAccessLog {

    private final EventGateway events;
    private final long perMinute;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();

    public RefusedAccessLog(EventGateway events, long perMinute) {
        this.events = events;
        this.perMinute = perMinute;
    }

    private record Budget(Bucket bucket, AtomicLong suppressed) {
    }

    /** Completes once the attempt is recorded or counted as suppressed; a store that cannot record it fails the request. */
    public Mono<Void> record(CaseId caseId, String referralId, String action, Stamp stamp) {
        Budget budget = budgets.computeIfAbsent(stamp.actor().staffId().value(), k -> new Budget(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build(), new AtomicLong()));
        // Bounded memory: past 10,000 callers the budgets start afresh (at worst a few more attempts are recorded).
        if (budgets.size() > 10_000) {
            budgets.clear();
        }
        if (!budget.bucket().tryConsume(1)) {
            budget.suppressed().incrementAndGet();
            return Mono.empty();
        }
        long suppressed = budget.suppressed().getAndSet(0);
        return Mono.fromRunnable(() -> events.publish(new AccessRefusedEvent(caseId, referralId, action, stamp, suppressed)))
                .subscribeOn(Schedulers.boundedElastic()).then();
    }
}
