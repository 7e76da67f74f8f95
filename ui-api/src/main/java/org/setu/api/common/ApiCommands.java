package org.setu.api.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.setu.api.security.Caller;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.query.AwaitProjectionsQuery;
import org.setu.kernel.query.FindCaseVersionQuery;
import org.setu.kernel.referral.CaseId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.setu.kernel.audit.ComplainantViewedEvent;
import org.setu.kernel.audit.PersonalDataViewedEvent;
import org.setu.kernel.recruitment.ComplaintId;

/**
 * How the web API issues commands: stamped with the caller, a command id and the time; dispatched off the event
 * loop; with the expected version from {@code If-Match}; idempotent under {@code Idempotency-Key}; and followed by a
 * bounded wait until the case view shows the command's effect (read your writes).
 */
public class ApiCommands {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Duration READ_YOUR_WRITES = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final ApiQueries queries;
    private final IdempotencyStore idempotency;
    private final EventGateway events;
    private final ObjectMapper json;

    public ApiCommands(CommandGateway commands, ApiQueries queries, IdempotencyStore idempotency, ObjectMapper json,
                       EventGateway events) {
        this.commands = commands;
        this.events = events;
        this.queries = queries;
        this.idempotency = idempotency;
        this.json = json;
    }

    /** The stamp of a command: a retry under the same Idempotency-Key gets the same command id. */
    public Stamp stamp(ServerWebExchange exchange, Caller caller) {
        String key = idempotencyKey(exchange);
        String commandId = key == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((caller.staffId() + "|" + exchange.getRequest().getPath() + "|" + key)
                .getBytes(StandardCharsets.UTF_8)).toString();
        return new Stamp(new CommandId(commandId), caller.actor(), Instant.now());
    }

    public <R> Mono<R> send(ServerWebExchange exchange, Object command) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put("correlationId", CorrelationIdFilter.of(exchange));
        Long expected = expectedVersion(exchange);
        if (expected != null) {
            metaData.put("expectedVersion", expected);
        }
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData));
        return Mono.<R>fromFuture(() -> commands.send(message)).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Read your writes: waits (bounded) until every projection has handled what the command stored, then answers
     * the case's version for the ETag.
     */
    public Mono<Long> caughtUp(CaseId caseId) {
        return awaitProjections().then(queries.ask(new FindCaseVersionQuery(caseId), Long.class));
    }

    public Mono<Boolean> awaitProjections() {
        return queries.ask(new AwaitProjectionsQuery(READ_YOUR_WRITES.toMillis()), Boolean.class);
    }

    /** Records, before answering, that the caller is shown a case's personal data (the audit's "viewed" entries). */
    public Mono<Void> recordView(CaseId caseId, Stamp stamp, String basis) {
        return Mono.fromRunnable(() -> events.publish(new PersonalDataViewedEvent(caseId, stamp, basis)))
                .subscribeOn(Schedulers.boundedElastic()).then();
    }

    /** The same for a complaint's complainant. */
    public Mono<Void> recordComplainantView(ComplaintId complaintId, Stamp stamp) {
        return Mono.fromRunnable(() -> events.publish(new ComplainantViewedEvent(complaintId, stamp)))
                .subscribeOn(Schedulers.boundedElastic()).then();
    }

    /** Runs a POST once per Idempotency-Key; a repeat returns the first response (422 if the body differs). */
    public Mono<ResponseEntity<Object>> idempotent(ServerWebExchange exchange, Caller caller, Object request,
                                                   Supplier<Mono<ResponseEntity<Object>>> action) {
        String key = idempotencyKey(exchange);
        if (key == null) {
            return action.get();
        }
        String storeKey = caller.staffId() + "|" + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath() + "|" + key;
        String requestHash = hash(request);
        return Mono.fromCallable(() -> idempotency.find(storeKey)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(found -> Mono.justOrEmpty(found.map(f -> replay(f, requestHash))))
                .switchIfEmpty(Mono.defer(() -> action.get().flatMap(response -> Mono.fromCallable(() ->
                        replay(idempotency.putIfAbsent(storeKey, stored(response, requestHash)), requestHash))
                        .subscribeOn(Schedulers.boundedElastic()))));
    }

    private IdempotencyStore.StoredResponse stored(ResponseEntity<Object> response, String requestHash) {
        try {
            String body = response.getBody() == null ? null : json.writeValueAsString(response.getBody());
            return new IdempotencyStore.StoredResponse(response.getStatusCode().value(),
                    response.getHeaders().getFirst(HttpHeaders.LOCATION), response.getHeaders().getETag(), body, requestHash);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the response for the Idempotency-Key", e);
        }
    }

    private static ResponseEntity<Object> replay(IdempotencyStore.StoredResponse stored, String requestHash) {
        if (!stored.requestHash().equals(requestHash)) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, IDEMPOTENCY_KEY,
                    "This Idempotency-Key was used for a different request");
        }
        var builder = ResponseEntity.status(HttpStatus.valueOf(stored.status()));
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        return stored.body() == null ? builder.build() : builder.contentType(MediaType.APPLICATION_JSON).body(stored.body());
    }

    private String hash(Object request) {
        try {
            return idempotency.fingerprint(json.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the request carries an Idempotency-Key (ids derived from it must then be derived, not drawn). */
    public static boolean hasIdempotencyKey(ServerWebExchange exchange) {
        return idempotencyKey(exchange) != null;
    }

    static String idempotencyKey(ServerWebExchange exchange) {
        String key = exchange.getRequest().getHeaders().getFirst(IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, IDEMPOTENCY_KEY,
                    "Idempotency-Key must be 1-128 characters of letters, digits, '.', '_', ':' or '-'");
        }
        return key;
    }

    static Long expectedVersion(ServerWebExchange exchange) {
        String ifMatch = exchange.getRequest().getHeaders().getFirst(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.equals("*")) {
            return null;
        }
        Matcher m = ETAG.matcher(ifMatch.trim());
        if (!m.matches()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, HttpHeaders.IF_MATCH,
                    "If-Match must be an ETag of this API, such as \"3\"");
        }
        return Long.parseLong(m.group(1));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
