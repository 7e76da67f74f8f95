package org.setu.api.common;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.setu.api.problem.ProblemWriter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per client (the token's subject, or the remote address before authentication) on the API paths;
 * past it, 429 with {@code Retry-After}. Runs after authentication (order 10, the security chain is at -100).
 */
@Order(10)
public class RateLimitFilter implements WebFilter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perSecond;
    private final long burst;
    private final ProblemWriter problems;

    public RateLimitFilter(long perSecond, long burst, ProblemWriter problems) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") && !path.startsWith("/oauth2/")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(c -> c.getAuthentication() == null ? null : "sub:" + c.getAuthentication().getName())
                .defaultIfEmpty(remote(exchange))
                .flatMap(client -> {
                    ConsumptionProbe probe = buckets.computeIfAbsent(client, k -> newBucket()).tryConsumeAndReturnRemaining(1);
                    if (probe.isConsumed()) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                            "This client sent more than " + perSecond + " requests per second; retry after " + seconds + " s");
                });
    }

    private static String remote(ServerWebExchange exchange) {
        var address = exchange.getRequest().getRemoteAddress();
        return "ip:" + (address == null ? "unknown" : address.getAddress().getHostAddress());
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(burst)
                .refillGreedy(perSecond, Duration.ofSeconds(1)).build()).build();
    }
}
