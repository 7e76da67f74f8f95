package org.setu.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.setu.api.common.CorrelationIdFilter;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.SetuException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Every error a client can cause becomes an RFC 9457 problem with a stable type; anything else is a 500 that names
 * the request's correlation id, which the log line carries too. Never a stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Map<ErrorCode.Kind, HttpStatus> STATUS = Map.of(
            ErrorCode.Kind.INVALID_INPUT, HttpStatus.BAD_REQUEST,
            ErrorCode.Kind.FORBIDDEN, HttpStatus.FORBIDDEN,
            ErrorCode.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
            ErrorCode.Kind.CONFLICT, HttpStatus.CONFLICT,
            ErrorCode.Kind.RULE, HttpStatus.UNPROCESSABLE_ENTITY,
            ErrorCode.Kind.TOO_MANY, HttpStatus.TOO_MANY_REQUESTS);

    @ExceptionHandler(Throwable.class)
    public ResponseEntity<ProblemDetail> handle(Throwable thrown, ServerWebExchange exchange) {
        Throwable e = unwrap(thrown);
        ProblemDetail problem = problemFor(e, exchange);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ProblemDetail problemFor(Throwable e, ServerWebExchange exchange) {
        if (e instanceof SetuException refusal) {
            HttpStatus status = STATUS.get(refusal.code().kind());
            ProblemDetail problem = Problems.of(status, refusal.code().code(), title(refusal.code()), refusal.getMessage());
            if (refusal instanceof InvalidInputException invalid && invalid.field() != null) {
                problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", refusal.getMessage())));
            }
            return problem;
        }
        String type = e.getClass().getSimpleName();
        switch (type) {
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
        if (e instanceof DataBufferLimitException) {
            return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large", e.getMessage());
        }
        if (e instanceof UnsupportedMediaTypeStatusException) {
            return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                    "Send application/json");
        }
        if (e instanceof ServerWebInputException input) {
            return badInput(input);
        }
        if (e instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            HttpStatus http = HttpStatus.valueOf(status.getStatusCode().value());
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

    private static ProblemDetail badInput(ServerWebInputException input) {
        Throwable cause = input.getCause();
        while (cause != null && !(cause instanceof JsonMappingException)) {
            if (cause instanceof DataBufferLimitException) {
                return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large", cause.getMessage());
            }
            cause = cause.getCause();
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT.code(), "Invalid input",
                input.getReason() == null ? "The request could not be read" : input.getReason());
        if (cause instanceof JsonMappingException mapping) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = mapping instanceof InvalidFormatException format && format.getTargetType().isEnum()
                    ? "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants())
                    : "has the wrong type or format";
            problem.setDetail("Field '" + field + "' " + message);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        } else if (input.getCause() instanceof DecodingException) {
            problem.setDetail("The body is not valid JSON");
        }
        return problem;
    }

    private static String title(ErrorCode code) {
        String words = code.code().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CompletionException || current.getClass().getSimpleName().equals("CommandExecutionException"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
