package org.setu.api.problem;

import org.junit.jupiter.api.Test;
import org.setu.api.common.CorrelationIdFilter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected failure is a 500 problem naming the correlation id, with nothing of the exception in it. */
class ApiExceptionHandlerTest {

    @Test
    void an_unexpected_failure_names_the_correlation_id_and_leaks_nothing() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/cases/x"));
        exchange.getAttributes().put(CorrelationIdFilter.ATTRIBUTE, "corr-12345678");
        var response = new ApiExceptionHandler().handle(
                new IllegalStateException("mongo password is hunter2 at com.example.Secret"), exchange);
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        var problem = response.getBody();
        assertThat(problem.getType().toString()).isEqualTo("https://setu.example/problems/internal-error");
        assertThat(problem.getProperties()).containsEntry("correlationId", "corr-12345678");
        assertThat(String.valueOf(problem.getDetail()) + problem.getTitle()).doesNotContain("hunter2", "IllegalState", "com.example");
    }
}
