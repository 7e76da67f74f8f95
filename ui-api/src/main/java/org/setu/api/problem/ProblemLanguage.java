package org.setu.api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reactivestreams.Publisher;
import org.setu.api.common.Languages;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The API's problems in the caller's language ({@code Accept-Language}, the console's rule: the first of Bangla or
 * English). In Bangla the {@code title} is the type's Bangla title ({@code problem-titles_bn.properties}) and the
 * {@code detail} the console's Bangla sentence for the same code; the English detail, which may name the field or
 * the value, stays in {@code englishDetail}; {@code type}, {@code status} and {@code errors} do not change, so clients
 * matching on types are unaffected. Every problem answers {@code Vary: Accept-Language}.
 * <p>
 * One place for every producer: problems written through the response (controllers, the exception advice, filters'
 * {@link ProblemWriter}) are rewritten on their way out; the exception handler outside the filter chain calls
 * {@link #localize} itself.
 */
public final class ProblemLanguage implements WebFilter, Ordered {

    private static final Properties BANGLA_TITLES = load();
    private final MessageSource messages;
    private final ObjectMapper json;

    public ProblemLanguage(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Outside every other filter, so that their problems (security, limits, shape) are rewritten too. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean bangla = bangla(exchange);
        return chain.filter(exchange.mutate().response(new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                if (!isProblem(getHeaders())) {
                    return super.writeWith(body);
                }
                getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
                if (!bangla) {
                    return super.writeWith(body);
                }
                return DataBufferUtils.join(Flux.from(body)).flatMap(joined -> {
                    byte[] bytes = new byte[joined.readableByteCount()];
                    joined.read(bytes);
                    DataBufferUtils.release(joined);
                    byte[] out = inBangla(bytes);
                    getHeaders().setContentLength(out.length);
                    getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, "bn");
                    return super.writeWith(Mono.just(bufferFactory().wrap(out)));
                });
            }
        }).build());
    }

    /** For a problem written outside the filter chain (the exchange there is the undecorated one). */
    public void localize(ProblemDetail problem, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (!bangla(exchange) || problem.getType() == null) {
            return;
        }
        String code = code(problem.getType().toString());
        String title = BANGLA_TITLES.getProperty(code);
        String detail = sentence(code);
        if (title != null) {
            problem.setTitle(title);
        }
        if (detail != null) {
            problem.setProperty("englishDetail", problem.getDetail());
            problem.setDetail(detail);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, "bn");
    }

    /** The Bangla title of a problem type, if it has one (every catalogued type has). */
    static String title(String code) {
        return BANGLA_TITLES.getProperty(code);
    }

    String sentence(String code) {
        return messages.getMessage("problem." + code, null, null, Languages.BANGLA);
    }

    private byte[] inBangla(byte[] english) {
        try {
            JsonNode tree = json.readTree(english);
            if (!(tree instanceof ObjectNode problem) || !problem.hasNonNull("type")) {
                return english;
            }
            String code = code(problem.get("type").asText());
            String title = BANGLA_TITLES.getProperty(code);
            String detail = sentence(code);
            if (title != null) {
                problem.put("title", title);
            }
            if (detail != null) {
                if (problem.hasNonNull("detail")) {
                    problem.set("englishDetail", problem.get("detail"));
                }
                problem.put("detail", detail);
            }
            return json.writeValueAsBytes(problem);
        } catch (IOException notJson) {
            return english;
        }
    }

    private static boolean bangla(ServerWebExchange exchange) {
        return "bn".equals(Languages.fromHeader(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private static boolean isProblem(HttpHeaders headers) {
        MediaType type = headers.getContentType();
        return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
    }

    private static String code(String type) {
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private static Properties load() {
        Properties titles = new Properties();
        try (InputStream in = ProblemLanguage.class.getResourceAsStream("problem-titles_bn.properties")) {
            titles.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return titles;
    }
}
