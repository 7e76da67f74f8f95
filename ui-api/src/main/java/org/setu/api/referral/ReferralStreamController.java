package org.setu.api.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.setu.api.security.Caller;
import org.setu.kernel.query.ReferralQueueItemView;
import org.setu.kernel.query.ReferralQueuePage;
import org.setu.kernel.query.WatchReferralQueueQuery;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

/**
 * Live work queues over Server-Sent Events, built on a subscription query: first the incoming queue ("snapshot"),
 * then each change to a referral the caller's agency sends or receives ("referral"), with a heartbeat comment every
 * 15 seconds. The subscription is closed when the client goes.
 */
@RestController
@Tag(name = "Queues")
@SecurityRequirement(name = "bearer")
public class ReferralStreamController {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private final QueryGateway queries;

    public ReferralStreamController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/v1/referrals/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Changes to the caller agency's referral queues, live (text/event-stream)")
    public Flux<ServerSentEvent<Object>> stream(@AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.of(jwt);
        return Flux.using(
                () -> queries.subscriptionQuery(new WatchReferralQueueQuery(caller.agency()), ReferralQueuePage.class,
                        ReferralQueueItemView.class),
                result -> events(result).mergeWith(heartbeats()),
                SubscriptionQueryResult::close)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Flux<ServerSentEvent<Object>> events(SubscriptionQueryResult<ReferralQueuePage, ReferralQueueItemView> result) {
        Flux<ServerSentEvent<Object>> snapshot = result.initialResult()
                .map(page -> ServerSentEvent.builder((Object) page).event("snapshot").build()).flux();
        Flux<ServerSentEvent<Object>> changes = result.updates()
                .map(item -> ServerSentEvent.builder((Object) item).event("referral").id(item.referralId().value()).build());
        return snapshot.concatWith(changes);
    }

    private static Flux<ServerSentEvent<Object>> heartbeats() {
        return Flux.interval(HEARTBEAT).map(i -> ServerSentEvent.builder().comment("heartbeat").build());
    }
}
