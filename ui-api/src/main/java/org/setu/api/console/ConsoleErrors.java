package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * Errors on console pages are pages, never JSON or a stack trace. Anything not found — and a case the caller may not
 * see, which the API already answers as not found — is the same 404 page; so is a malformed id.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleErrors {

    private final ConsoleRefusals refusals;
    private final ConsoleModel model;

    public ConsoleErrors(ConsoleRefusals refusals, ConsoleModel model) {
        this.refusals = refusals;
        this.model = model;
    }

    @ExceptionHandler(Throwable.class)
    public Rendering handle(Throwable thrown, ServerWebExchange exchange) {
        ConsoleRefusals.Refusal refusal = refusals.of(thrown, "page", exchange);
        if (refusal.status() == 404 || "invalid-identifier".equals(refusal.code())) {
            return model.everyPage(Rendering.view("console/not-found").status(HttpStatus.NOT_FOUND), exchange).build();
        }
        return model.everyPage(Rendering.view("console/error").status(HttpStatus.valueOf(refusal.status()))
                .modelAttribute("refusal", refusal), exchange).build();
    }
}
