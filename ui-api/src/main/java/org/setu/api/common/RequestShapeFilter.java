package org.setu.api.common;

import org.setu.api.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses, as problems, requests whose shape no endpoint takes: a malformed path (400), a URI over the limit (414),
 * headers over the limit (431), a declared body over the limit (413). It runs first, before security: Spring
 * Security's firewall would refuse most malformed paths too, but with an empty body. Netty's own limits are set
 * higher ({@code server.netty.max-initial-line-length}, {@code server.max-http-request-header-size}) so that these
 * are the limits a client meets; past Netty's, Reactor Netty answers 414/431 itself, with no body.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestShapeFilter implements WebFilter {

    private static final Pattern ENCODED_CONTROL_OR_SEPARATOR = Pattern.compile("(?i)%(0[0-9a-f]|1[0-9a-f]|7f|2f|5c|3b)");
    private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9a-fA-F]{2})");
    private static final Pattern DOT_SEGMENT = Pattern.compile("(?i)(^|/)(\\.|%2e){1,2}(/|$)");

    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final ProblemWriter problems;

    public RequestShapeFilter(int maxUriLength, int maxHeaderBytes, ProblemWriter problems) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String rawPath = request.getURI().getRawPath();
        String rawQuery = request.getURI().getRawQuery();
        int uriLength = (rawPath == null ? 0 : rawPath.length()) + (rawQuery == null ? 0 : rawQuery.length() + 1);
        if (uriLength > maxUriLength) {
            return problems.write(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long", "URI too long",
                    "The path and query are " + uriLength + " characters long; at most " + maxUriLength + " are allowed");
        }
        int headerBytes = headerBytes(request);
        if (headerBytes > maxHeaderBytes) {
            return problems.write(exchange, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "header-fields-too-large",
                    "Request header fields too large", "The headers are " + headerBytes + " bytes; at most "
                            + maxHeaderBytes + " are allowed");
        }
        String malformed = malformed(rawPath == null ? "" : rawPath);
        if (malformed != null) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST, "malformed-path", "Malformed path", malformed);
        }
        long declared = request.getHeaders().getContentLength();
        if (declared > WebJson.MAX_BODY_BYTES) {
            return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                    "The body is larger than the limit of " + WebJson.MAX_BODY_BYTES + " bytes ("
                            + WebJson.MAX_BODY_BYTES / 1024 + " KB)");
        }
        return chain.filter(exchange);
    }

    /** Why the raw path is refused, or null. */
    static String malformed(String rawPath) {
        if (ENCODED_CONTROL_OR_SEPARATOR.matcher(rawPath).find() || rawPath.indexOf('\\') >= 0 || rawPath.indexOf(';') >= 0) {
            return "The path holds an encoded slash, backslash, semicolon, NUL or control character";
        }
        if (BAD_PERCENT.matcher(rawPath).find()) {
            return "The path holds a % that starts no percent-encoding";
        }
        if (rawPath.contains("//")) {
            return "The path holds an empty segment (//)";
        }
        if (DOT_SEGMENT.matcher(rawPath).find()) {
            return "The path holds a dot segment (. or ..)";
        }
        return null;
    }

    private static int headerBytes(ServerHttpRequest request) {
        int bytes = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return bytes;
    }
}
