package org.setu.api.feeds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.partners.PartnerEvents;
import org.setu.api.security.Caller;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.setu.kernel.sharing.AgreementList;
import org.setu.kernel.sharing.FeedBatch;
import org.setu.kernel.sharing.FindAgreementsQuery;
import org.setu.kernel.sharing.FindFeedQuery;
import org.setu.kernel.sharing.PartnerScope;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A partner's event feed over Server-Sent Events: CloudEvents in JSON, each with the feed position as its SSE id,
 * resumable with {@code Last-Event-ID}. The stream polls the feed on demand only (a slow reader just reads later; it
 * holds no buffer and no processor), sends heartbeats, and ends as soon as none of the partner's agreements is in
 * force any longer.
 */
@RestController
@RequestMapping("/api/v1/feeds")
@Tag(name = "Partners")
@SecurityRequirement(name = "bearer")
public class FeedController {

    private static final Pattern POSITION = Pattern.compile("\\d{1,18}");
    private static final int BATCH = 200;

    private final ApiQueries queries;
    private final PartnerEvents events;
    private final FeedConnections connections;
    private final Duration poll;
    private final Duration heartbeat;

    public FeedController(ApiQueries queries, PartnerEvents events, FeedConnections connections, FeedSettings settings) {
        this.queries = queries;
        this.events = events;
        this.connections = connections;
        this.poll = settings.poll();
        this.heartbeat = settings.heartbeat();
    }

    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The partner's CloudEvents over SSE, from Last-Event-ID (or ?after=) onwards (PARTNER)")
    public Flux<ServerSentEvent<String>> events(@AuthenticationPrincipal Jwt jwt,
                                                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
                                                      @RequestParam(required = false) String after) {
        Caller caller = Caller.of(jwt).require(Role.PARTNER);
        String partner = caller.staffId().value();
        long start = position(lastEventId != null ? lastEventId : after, lastEventId != null ? "Last-Event-ID" : "after");
        return scope(partner).switchIfEmpty(Mono.error(new ForbiddenActionException(ErrorCode.NO_AGREEMENT,
                        "Partner " + partner + " has no data-sharing agreement in force")))
                .flatMapMany(found -> {
                    connections.acquire(partner);
                    return stream(partner, start);
                });
    }

    private Flux<ServerSentEvent<String>> stream(String partner, long start) {
        AtomicLong cursor = new AtomicLong(start);
        Sinks.Empty<Void> ended = Sinks.empty();
        Flux<ServerSentEvent<String>> data = Flux.interval(Duration.ZERO, poll).onBackpressureDrop()
                .concatMap(tick -> next(partner, cursor), 1)
                .takeUntil(Step::last)
                .concatMapIterable(Step::events)
                .doFinally(signal -> {
                    ended.tryEmitEmpty();
                    connections.release(partner);
                });
        Flux<ServerSentEvent<String>> beats = Flux.interval(heartbeat, heartbeat).onBackpressureDrop()
                .map(i -> ServerSentEvent.<String>builder().comment("heartbeat").build())
                .takeUntilOther(ended.asMono());
        return Flux.merge(data, beats);
    }

    /** What one poll gives: the events to send, and whether the stream ends after them. */
    private record Step(List<ServerSentEvent<String>> events, boolean last) {
    }

    private Mono<Step> next(String partner, AtomicLong cursor) {
        return scope(partner).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(found -> {
            if (found.isEmpty()) {
                return Mono.just(new Step(List.of(ServerSentEvent.<String>builder().event("agreement-ended")
                        .data("{\"reason\":\"no data-sharing agreement in force\"}").build()), true));
            }
            return queries.ask(new FindFeedQuery(cursor.get(), BATCH), FeedBatch.class)
                    .map(batch -> new Step(render(found.get(), batch, cursor), false));
        });
    }

    private List<ServerSentEvent<String>> render(PartnerScope scope, FeedBatch batch, AtomicLong cursor) {
        List<ServerSentEvent<String>> out = events.visible(scope, batch.entries()).map(event -> ServerSentEvent
                .<String>builder().id(Long.toString(event.position())).event(event.type()).data(event.json()).build())
                .toList();
        if (!batch.entries().isEmpty()) {
            cursor.set(batch.entries().get(batch.entries().size() - 1).position());
        }
        return out;
    }

    /** The partner's agreements in force now, read anew at each poll (a revocation or a new agreement shows at once). */
    private Mono<PartnerScope> scope(String partner) {
        Instant now = Instant.now();
        return queries.ask(new FindAgreementsQuery(partner), AgreementList.class)
                .flatMap(list -> Mono.justOrEmpty(list.inForce(now)));
    }

    private static long position(String value, String field) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        if (!POSITION.matcher(value.strip()).matches()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field,
                    field + " must be a feed position (a whole number such as 42) but was '"
                            + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'");
        }
        return Long.parseLong(value.strip());
    }
}
