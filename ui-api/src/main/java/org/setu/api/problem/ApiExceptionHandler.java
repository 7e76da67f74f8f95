package org.setu.api.problem;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every error a client can cause becomes an RFC 9457 problem with a stable type ({@link ProblemMapping}); anything
 * else is a 500 that names the request's correlation id, which the log line carries too. Never a stack trace.
 * Since Spring 6 this also answers for requests no controller matched (404, 405, 415 from the dispatcher).
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    @ExceptionHandler(Throwable.class)
    public ResponseEntity<ProblemDetail> handle(Throwable thrown, ServerWebExchange exchange) {
        ProblemMapping.Answer answer = ProblemMapping.answer(thrown, exchange);
        return ResponseEntity.status(answer.problem().getStatus()).headers(answer.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.problem());
    }
}
