package org.setu.api.console;

import org.setu.api.common.Languages;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The console's language: {@code ?lang=bn|en} switches and is remembered in a cookie; otherwise the cookie; otherwise
 * the first of Bangla or English in {@code Accept-Language} (so {@code bn-BD} is Bangla); otherwise English. Outside
 * the console (the API) the locale is the plain {@code Accept-Language} one, as before.
 */
public final class ConsoleLanguage implements WebFilter, LocaleContextResolver, Ordered {

    static final String COOKIE = "setu_lang";
    static final Locale BANGLA = Languages.BANGLA;
    private static final String CHOSEN = ConsoleLanguage.class.getName() + ".chosen";
    private static final List<String> SUPPORTED = Languages.SUPPORTED;

    private final AcceptHeaderLocaleContextResolver api = new AcceptHeaderLocaleContextResolver();

    /** Before the security filters, so that a redirect to the login page still remembers the choice. */
    @Override
    public int getOrder() {
        return -200;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String lang = exchange.getRequest().getQueryParams().getFirst("lang");
        if (console(exchange) && lang != null && SUPPORTED.contains(lang)) {
            exchange.getAttributes().put(CHOSEN, lang);
            exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, lang).path("/").httpOnly(true)
                    .sameSite("Lax").maxAge(Duration.ofDays(365)).build());
        }
        return chain.filter(exchange);
    }

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        if (!console(exchange)) {
            return api.resolveLocaleContext(exchange);
        }
        return new SimpleLocaleContext(Locale.forLanguageTag(language(exchange)));
    }

    static String language(ServerWebExchange exchange) {
        String chosen = exchange.getAttribute(CHOSEN);
        if (chosen != null) {
            return chosen;
        }
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        return Languages.fromHeader(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("The console's language is set with ?lang=");
    }

    private static boolean console(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        // The set-password page is a console page too: the invited person may need it in Bangla; so are the public
        // scorecards, read by workers choosing an agency.
        return path.equals("/") || path.equals("/login") || path.equals("/logout") || path.equals("/set-password")
                || path.startsWith("/console") || path.equals("/scorecards") || path.startsWith("/scorecards/");
    }
}
