package org.setu.api.common;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Queries from the web API. Axon's local query bus runs the handler on the calling thread and handlers do blocking
 * MongoDB reads, so every query is dispatched on the bounded-elastic scheduler, never on a Netty event-loop thread.
 */
public final class ApiQueries {

    private final QueryGateway queries;

    public ApiQueries(QueryGateway queries) {
        this.queries = queries;
    }

    public <R> Mono<R> ask(Object query, Class<R> type) {
        return Mono.fromFuture(() -> queries.query(query, type)).subscribeOn(Schedulers.boundedElastic());
    }

    public <R> Mono<R> ask(Object query, ResponseType<R> type) {
        return Mono.fromFuture(() -> queries.query(query, type)).subscribeOn(Schedulers.boundedElastic());
    }
}
