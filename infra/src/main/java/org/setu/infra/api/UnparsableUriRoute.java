package org.setu.infra.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.setu.api.problem.Problems;
import org.springframework.boot.web.embedded.netty.NettyRouteProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRoutes;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A request whose URI {@code java.net.URI} cannot parse (a {@code %} that starts no escape, a raw backslash or
 * space) never reaches Spring: its Reactor Netty adapter answers a bare 400. This Netty route, ahead of Spring's
 * handler, answers those with the same {@code malformed-path} problem as every other malformed path.
 */
public final class UnparsableUriRoute implements NettyRouteProvider {

    private final ObjectMapper json;

    public UnparsableUriRoute(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public HttpServerRoutes apply(HttpServerRoutes routes) {
        return routes.route(request -> !parses(request.uri()), (request, response) -> Mono.fromCallable(this::body)
                .flatMap(body -> response.status(HttpStatus.BAD_REQUEST.value())
                        .header("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .header("Content-Length", Integer.toString(body.length))
                        .sendByteArray(Mono.just(body)).then()));
    }

    private byte[] body() throws Exception {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-path", "Malformed path",
                "The request URI is not a valid URI (RFC 3986): check its escapes and characters");
        return json.writeValueAsBytes(problem);
    }

    static boolean parses(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
