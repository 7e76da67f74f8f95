package org.setu.api.problem;

import org.setu.api.common.CorrelationIdFilter;
import org.setu.api.common.WebJson;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.SetuException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * From a failure to the problem a client sees, with the headers that go with it; shared by the controller advice
 * and the handler for failures outside any controller. Anything unforeseen is a 500 naming the correlation id.
 */
final class ProblemMapping {

    /** A problem and the headers it needs ({@code Retry-After}, {@code Allow}). */
    record Answer(ProblemDetail problem, HttpHeaders headers) {
    }

    /** Seconds a partner waits before asking for another feed connection; an open stream ends only when closed. */
    static final long CONNECTION_RETRY_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapping.class);
    private static final Map<ErrorCode.Kind, HttpStatus> STATUS = Map.of(
            ErrorCode.Kind.INVALID_INPUT, HttpStatus.BAD_REQUEST,
            ErrorCode.Kind.FORBIDDEN, HttpStatus.FORBIDDEN,
            ErrorCode.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
            ErrorCode.Kind.CONFLICT, HttpStatus.CONFLICT,
            ErrorCode.Kind.RULE, HttpStatus.UNPROCESSABLE_ENTITY,
            ErrorCode.Kind.TOO_MANY, HttpStatus.TOO_MANY_REQUESTS);

    private ProblemMapping() {
    }

    static HttpStatus status(ErrorCode code) {
        return STATUS.get(code.kind());
    }

    static String title(ErrorCode code) {
        String words = code.code().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static Answer answer(Throwable thrown, ServerWebExchange exchange) {
        Throwable e = unwrap(thrown);
        HttpHeaders headers = new HttpHeaders();
        ProblemDetail problem = problemFor(e, exchange, headers);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return new Answer(problem, headers);
    }

    private static ProblemDetail problemFor(Throwable e, ServerWebExchange exchange, HttpHeaders headers) {
        if (e instanceof SetuException refusal) {
            ProblemDetail problem = Problems.of(status(refusal.code()), refusal.code().code(), title(refusal.code()),
                    refusal.getMessage());
            if (refusal instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
                problem.setProperty("errors", invalid.errors().stream()
                        .map(f -> Map.of("field", f.field(), "message", f.message())).collect(Collectors.toList()));
            }
            if (refusal.code().kind() == ErrorCode.Kind.TOO_MANY) {
                headers.set(HttpHeaders.RETRY_AFTER, Long.toString(CONNECTION_RETRY_SECONDS));
            }
            return problem;
        }
        switch (e.getClass().getSimpleName()) {
            case "AggregateNotFoundException", "AggregateDeletedException":
                return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such resource");
            case "ConflictingAggregateVersionException":
                return Problems.of(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Precondition failed",
                        "The resource changed since the ETag in If-Match: read it again and retry");
            case "ConcurrencyException":
                return Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                        "Another request changed the resource at the same time: retry");
            default:
                break;
        }
        if (e instanceof DataBufferLimitException
                || (e instanceof ResponseStatusException status && status.getStatusCode().value() == 413)) {
            return tooLarge();
        }
        if (e instanceof UnsupportedMediaTypeStatusException) {
            return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json in UTF-8");
        }
        if (e instanceof ServerWebInputException input) {
            return InputProblems.of(input);
        }
        if (e instanceof MethodNotAllowedException notAllowed) {
            headers.setAllow(notAllowed.getSupportedMethods());
            return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                    exchange.getRequest().getMethod() + " is not allowed here; allowed: " + notAllowed.getSupportedMethods());
        }
        if (e instanceof ResponseStatusException status && status.getStatusCode().value() == 404) {
            // Spring's own text ("No static resource ...") says how Setu is built; the client needs none of it.
            return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "No resource at this path");
        }
        if (e instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            HttpStatus http = HttpStatus.valueOf(status.getStatusCode().value());
            headers.putAll(status.getHeaders());
            return Problems.of(http, http.name().toLowerCase().replace('_', '-'), http.getReasonPhrase(),
                    status.getReason() == null ? http.getReasonPhrase() : status.getReason());
        }
        String correlationId = CorrelationIdFilter.of(exchange);
        LOG.error("Request {} {} failed [correlationId={}]", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), correlationId, e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Setu could not complete the request; quote the correlation id when reporting it");
        problem.setProperty("correlationId", correlationId);
        return problem;
    }

    static ProblemDetail tooLarge() {
        ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                "The body is larger than the limit of " + WebJson.MAX_BODY_BYTES + " bytes ("
                        + WebJson.MAX_BODY_BYTES / 1024 + " KB)");
        problem.setProperty("limit", WebJson.MAX_BODY_BYTES);
        return problem;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CompletionException || current.getClass().getSimpleName().equals("CommandExecutionException"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    static List<Map<String, String>> error(String field, String message) {
        return List.of(Map.of("field", field, "message", message));
    }
}
