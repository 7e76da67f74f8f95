package org.setu.api.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.setu.api.security.Caller;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.query.FindReferralQueueChangesQuery;
import org.setu.kernel.query.ReferralQueueChanges;
import org.setu.kernel.query.ReferralQueueItemView;
import org.setu.kernel.query.ReferralQueuePage;
import org.setu.kernel.query.WatchReferralQueueQuery;
import org.setu.kernel.referral.ReferralId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live work queues over Server-Sent Events, built on a subscription query: first the incoming queue ("snapshot"),
 * then each change to a referral the caller's agency sends or receives ("referral"), with a heartbeat comment every
 * 15 seconds. The subscription is closed when the client goes.
 * <p>
 * The node running the queue's projection pushes each change as it stores it; with several nodes the stream also
 * polls the store for rows changed since the snapshot ({@link QueueStreamPolling}), from a position taken before the
 * snapshot, so a change stored on any node reaches every stream. A change both pushed and polled is sent once.
 */
@RestController
@Tag(name = "Queues")
@SecurityRequirement(name = "bearer")
public class ReferralStreamController {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(ReferralStreamController.class);
    private final QueryGateway queries;
    private final QueueStreamPolling polling;

    public ReferralStreamController(QueryGateway queries, ObjectProvider<QueueStreamPolling> polling) {
        this.queries = queries;
        this.polling = polling.getIfAvailable(() -> QueueStreamPolling.OFF);
    }

    @GetMapping(path = "/api/v1/referrals/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Changes to the caller agency's referral queues, live (text/event-stream)")
    public Flux<ServerSentEvent<Object>> stream(@AuthenticationPrincipal Jwt jwt) {
        AgencyId agency = Caller.of(jwt).agency();
        Mono<Long> from = polling.on() ? changesAfter(agency, null).map(ReferralQueueChanges::through) : Mono.just(-1L);
        return from.flatMapMany(position -> Flux.using(
                () -> queries.subscriptionQuery(new WatchReferralQueueQuery(agency), ReferralQueuePage.class,
                        ReferralQueueItemView.class),
                result -> events(result, agency, position).mergeWith(heartbeats()),
                SubscriptionQueryResult::close))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private Flux<ServerSentEvent<Object>> events(SubscriptionQueryResult<ReferralQueuePage, ReferralQueueItemView> result,
                                                 AgencyId agency, long position) {
        Flux<ServerSentEvent<Object>> snapshot = result.initialResult()
                .map(page -> ServerSentEvent.builder((Object) page).event("snapshot").build()).flux();
        Map<ReferralId, ReferralQueueItemView> sent = new ConcurrentHashMap<>();
        Flux<ServerSentEvent<Object>> changes = Flux.merge(result.updates(), polled(agency, position))
                .filter(item -> !item.equals(sent.put(item.referralId(), item)))
                .map(item -> ServerSentEvent.builder((Object) item).event("referral").id(item.referralId().value()).build());
        return snapshot.concatWith(changes);
    }

    /** Rows changed past the position, every poll interval; a failed poll is tried again at the next. */
    private Flux<ReferralQueueItemView> polled(AgencyId agency, long position) {
        if (!polling.on()) {
            return Flux.empty();
        }
        AtomicLong after = new AtomicLong(position);
        return Flux.interval(polling.every()).onBackpressureDrop()
                .concatMap(tick -> changesAfter(agency, after.get())
                        .doOnNext(changes -> after.set(changes.through()))
                        .onErrorResume(e -> {
                            LOG.warn("Polling the referral queue of {} failed; trying again: {}", agency, e.toString());
                            return Mono.empty();
                        }))
                .concatMapIterable(ReferralQueueChanges::items);
    }

    private Mono<ReferralQueueChanges> changesAfter(AgencyId agency, Long position) {
        return Mono.fromFuture(() -> queries.query(new FindReferralQueueChangesQuery(agency, position),
                ReferralQueueChanges.class));
    }

    private static Flux<ServerSentEvent<Object>> heartbeats() {
        return Flux.interval(HEARTBEAT).map(i -> ServerSentEvent.builder().comment("heartbeat").build());
    }
}
