package org.setu.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * A problem for failures outside any controller (in a web filter, or before dispatch), ahead of Spring Boot's
 * default error handler (order -1), whose JSON is no problem document and names the exception.
 */
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private final ObjectMapper json;
    private final ProblemLanguage language;

    public ProblemExceptionHandler(ObjectMapper json, ProblemLanguage language) {
        this.json = json;
        this.language = language;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        ProblemMapping.Answer answer = ProblemMapping.answer(failure, exchange);
        language.localize(answer.problem(), exchange);
        response.setStatusCode(HttpStatus.valueOf(answer.problem().getStatus()));
        response.getHeaders().putAll(answer.headers());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body;
        try {
            body = json.writeValueAsBytes(answer.problem());
        } catch (Exception e) {
            body = ("{\"status\":" + answer.problem().getStatus() + "}").getBytes(StandardCharsets.UTF_8);
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
