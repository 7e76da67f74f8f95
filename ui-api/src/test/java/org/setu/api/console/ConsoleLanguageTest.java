package org.setu.api.console;

import org.setu.api.common.Languages;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleLanguageTest {

    private final ConsoleLanguage language = new ConsoleLanguage();

    @Test
    void accept_language_picks_the_first_of_bangla_or_english_else_english() {
        assertThat(Languages.fromHeader("bn-BD,bn;q=0.9,en;q=0.8")).isEqualTo("bn");
        assertThat(Languages.fromHeader("fr-FR,bn;q=0.5,en;q=0.4")).isEqualTo("bn");
        assertThat(Languages.fromHeader("en-GB,bn;q=0.9")).isEqualTo("en");
        assertThat(Languages.fromHeader("fr")).isEqualTo("en");
        assertThat(Languages.fromHeader("*")).isEqualTo("en");
        assertThat(Languages.fromHeader(null)).isEqualTo("en");
        assertThat(Languages.fromHeader("q=;;,")).isEqualTo("en");
    }

    @Test
    void lang_switches_and_is_remembered_in_a_cookie() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/console?lang=bn")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        language.filter(exchange, e -> Mono.empty()).block();
        assertThat(language.resolveLocaleContext(exchange).getLocale()).isEqualTo(Locale.forLanguageTag("bn"));
        var cookie = exchange.getResponse().getCookies().getFirst(ConsoleLanguage.COOKIE);
        assertThat(cookie.getValue()).isEqualTo("bn");
        assertThat(cookie.isHttpOnly()).isTrue();
        var later = MockServerWebExchange.from(MockServerHttpRequest.get("/console/cases")
                .cookie(new HttpCookie(ConsoleLanguage.COOKIE, "bn")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(language.resolveLocaleContext(later).getLocale().getLanguage()).isEqualTo("bn");
    }

    @Test
    void an_unsupported_lang_changes_nothing_and_the_api_keeps_accept_language() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/login?lang=fr"));
        language.filter(exchange, e -> Mono.empty()).block();
        assertThat(exchange.getResponse().getCookies()).isEmpty();
        assertThat(language.resolveLocaleContext(exchange).getLocale().getLanguage()).isEqualTo("en");
        var api = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/cases?lang=bn")
                .cookie(new HttpCookie(ConsoleLanguage.COOKIE, "bn")).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"));
        language.filter(api, e -> Mono.empty()).block();
        assertThat(api.getResponse().getCookies()).isEmpty();
        assertThat(language.resolveLocaleContext(api).getLocale()).isEqualTo(Locale.forLanguageTag("en-GB"));
    }

    @Test
    void the_set_password_page_switches_language_like_every_console_page() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/set-password?token=x&lang=bn")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        language.filter(exchange, e -> Mono.empty()).block();
        assertThat(language.resolveLocaleContext(exchange).getLocale().getLanguage()).isEqualTo("bn");
        assertThat(exchange.getResponse().getCookies().getFirst(ConsoleLanguage.COOKIE).getValue()).isEqualTo("bn");
    }
}
