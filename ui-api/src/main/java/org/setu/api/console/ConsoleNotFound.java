package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.resource.ResourceWebHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An unknown path under {@code /console/} is the console's own "Page not found", in the caller's language, like an
 * unknown case, instead of the API's JSON problem. A path that no controller maps falls to the static resources
 * (mapped for every path) and their not-found goes to the API's global exception advice, which never sees the
 * console's pages; so this filter asks the handler mappings first and, when only static resources take the path,
 * forwards to {@link #PAGE} (status 404). It runs inside the console's security
 * chain, so anonymous callers still go to the login page and the header knows who is signed in.
 */
@Controller
@Hidden // pages for people, not part of the API document
@Order(0) // after Spring Security's chains (-100): the signed-in user is known
public class ConsoleNotFound implements WebFilter {

    static final String PAGE = "/console/not-found";
    private static final Object MAPPED = new Object();

    /** Looked up per request: the mappings are built from the controllers, this one among them. */
    private final ObjectProvider<HandlerMapping> mappings;

    public ConsoleNotFound(ObjectProvider<HandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/console/") || path.equals(PAGE)) {
            return chain.filter(exchange);
        }
        // A mapping that refuses (wrong method, bad media type) still knows the path: its answer stands. Static
        // resources are mapped for every path ("/**"), so they count only for the console's own assets.
        boolean asset = path.startsWith(ConsoleConfiguration.ASSETS);
        return Flux.fromStream(mappings.orderedStream())
                .concatMap(m -> m.getHandler(exchange).onErrorResume(e -> Mono.just(MAPPED)))
                .filter(handler -> asset || !(handler instanceof ResourceWebHandler))
                .hasElements()
                .flatMap(mapped -> chain.filter(mapped ? exchange : exchange.mutate().request(r -> r.path(PAGE)).build()));
    }

    @RequestMapping(PAGE)
    public Rendering page() {
        return Rendering.view("console/not-found").status(HttpStatus.NOT_FOUND).build();
    }
}
