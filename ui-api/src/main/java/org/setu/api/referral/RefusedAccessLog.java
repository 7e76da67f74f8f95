package org.setu.api.referral;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.setu.kernel.audit.AccessRefusedEvent;
import org.setu.kernel.audit.ComplaintAccessRefusedEvent;
import org.setu.kernel.recruitment.ComplaintId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseId;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Records requests on a case (or a complaint) by callers without need-to-know, for the secretariat, while the caller gets the same 404
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
        return within(stamp, suppressed -> new AccessRefusedEvent(caseId, referralId, action, stamp, suppressed));
    }

    /** The same for a complaint, within the same budget per caller. */
    public Mono<Void> recordComplaint(ComplaintId complaintId, String action, Stamp stamp) {
        return within(stamp, suppressed -> new ComplaintAccessRefusedEvent(complaintId, action, stamp, suppressed));
    }

    /** The request as its route, e.g. {@code POST /api/v1/cases/{caseId}/close}: what was tried, not the raw path. */
    public static String action(ServerWebExchange exchange) {
        Object route = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return exchange.getRequest().getMethod() + " " + (route != null ? route : exchange.getRequest().getPath().value());
    }

    private Mono<Void> within(Stamp stamp, LongFunction<Object> event) {
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
        return Mono.fromRunnable(() -> events.publish(event.apply(suppressed)))
                .subscribeOn(Schedulers.boundedElastic()).then();
    }
}
