package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.query.FindAgenciesQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The service directory for staff: the active agencies offering a service, in a district, in a language (each
 * optional), found by the same query as the API's {@code GET /api/v1/agencies} and the referral form's search.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class DirectoryController {

    private final ConsoleGateway api;

    public DirectoryController(ConsoleGateway api) {
        this.api = api;
    }

    @GetMapping("/console/directory")
    public Mono<Rendering> directory(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        var query = new ConsoleForms.Action(exchange.getRequest().getQueryParams());
        var search = new FindAgenciesQuery(query.choice(ServiceType.class, "service"), query.text("district"),
                query.text("language"));
        return api.agencies(search).map(found -> Rendering.view("console/directory")
                .modelAttribute("agencies", found).modelAttribute("search", search)
                .modelAttribute("places", PlaceChoices.in(ConsoleModel.locale(exchange))).build());
    }
}
