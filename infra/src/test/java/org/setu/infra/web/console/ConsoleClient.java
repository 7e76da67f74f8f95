package org.setu.infra.web.console;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a browser: keeps the session cookie, reads the CSRF token from the last page's form. */
public final class ConsoleClient {

    static final String SESSION = "SETU_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final WebTestClient web;
    String session;
    String csrf;
    public String lastBody = "";

    public ConsoleClient(WebTestClient web) {
        this.web = web;
    }

    public EntityExchangeResult<byte[]> get(String path, String... headers) {
        var spec = web.get().uri(path);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            spec = spec.header(headers[i], headers[i + 1]);
        }
        if (session != null) {
            spec = spec.cookie(SESSION, session);
        }
        return remember(spec.exchange().expectBody().returnResult());
    }

    public EntityExchangeResult<byte[]> post(String path, boolean withCsrf, String... fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.add(fields[i], fields[i + 1]);
        }
        if (withCsrf && csrf != null) {
            form.add("_csrf", csrf);
        }
        var spec = web.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (session != null) {
            spec = spec.cookie(SESSION, session);
        }
        return remember(spec.bodyValue(form).exchange().expectBody().returnResult());
    }

    /** Signs in (the login page first, for its session and token); answers the login response. */
    public EntityExchangeResult<byte[]> login(String username, String password) {
        get("/login");
        return post("/login", true, "username", username, "password", password);
    }

    private EntityExchangeResult<byte[]> remember(EntityExchangeResult<byte[]> result) {
        ResponseCookie cookie = result.getResponseCookies().getFirst(SESSION);
        if (cookie != null) {
            session = cookie.getValue().isEmpty() ? null : cookie.getValue();
        }
        lastBody = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
        Matcher m = CSRF.matcher(lastBody);
        if (m.find()) {
            csrf = m.group(1);
        }
        return result;
    }

    public static String location(EntityExchangeResult<?> result) {
        return result.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
    }

    /**
     * An input element holding every one of the attributes (a name and value, or a bare name such as
     * {@code checked}), in whatever order the template writes them.
     */
    static Pattern input(String... attributes) {
        StringBuilder pattern = new StringBuilder("<input");
        for (String attribute : attributes) {
            pattern.append("(?=[^>]*\\s").append(Pattern.quote(attribute)).append("[\\s/>=])");
        }
        return Pattern.compile(pattern.append("[^>]*>").toString());
    }
}
