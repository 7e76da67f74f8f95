package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;
import org.springframework.http.HttpHeaders;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseCookie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out of the console over plain HTTP: cookies, CSRF, session fixation, and the API kept apart. */
class ConsoleSessionTest extends ApiTestBase {

    @LocalServerPort
    int port;

    static final String PASSWORD = "test-password";

    @Test
    void the_root_sends_anonymous_callers_to_the_login_form_with_username_password_and_a_csrf_field() {
        var console = new ConsoleClient(web);
        var root = console.get("/");
        assertThat(root.getStatus().is3xxRedirection()).isTrue();
        assertThat(ConsoleClient.location(root)).isEqualTo("/login");
        var form = console.get("/login");
        assertThat(form.getStatus().value()).isEqualTo(200);
        assertThat(console.lastBody).contains("name=\"username\"", "name=\"password\"", "action=\"/login\"")
                .containsPattern("type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
        assertThat(ConsoleClient.location(console.get("/console"))).endsWith("/login");
    }

    @Test
    void signing_in_sets_an_http_only_lax_cookie_with_a_new_session_id_and_redirects_to_the_console() {
        var console = new ConsoleClient(web);
        console.get("/login");
        String before = console.session;
        assertThat(before).as("the login form's session (holding its CSRF token)").isNotNull();
        var signedIn = console.post("/login", true, "username", "moe-cw", "password", PASSWORD);
        assertThat(signedIn.getStatus().value()).isEqualTo(303);
        assertThat(ConsoleClient.location(signedIn)).isEqualTo("/console");
        ResponseCookie cookie = signedIn.getResponseCookies().getFirst(ConsoleClient.SESSION);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.isSecure()).as("plain http here; Secure behind https").isFalse();
        assertThat(console.session).as("session fixation: a new id at login").isNotEqualTo(before);
        assertThat(console.get("/console").getStatus().value()).isEqualTo(200);
        assertThat(ConsoleClient.location(console.get("/"))).isEqualTo("/console");
    }

    @Test
    void the_session_id_from_before_login_gives_no_access_afterwards() {
        var console = new ConsoleClient(web);
        console.get("/login");
        String before = console.session;
        console.post("/login", true, "username", "moe-cw", "password", PASSWORD);
        var attacker = new ConsoleClient(web);
        attacker.session = before;
        assertThat(ConsoleClient.location(attacker.get("/console"))).endsWith("/login");
    }

    @Test
    void a_wrong_password_shows_the_form_again_with_a_message_and_a_401() {
        var console = new ConsoleClient(web);
        // A name no other test signs in with: a failure makes the login lockout back off for that name.
        var refused = console.login("console-nobody", "wrong");
        assertThat(refused.getStatus().value()).isEqualTo(401);
        assertThat(console.lastBody).contains("The username or password is wrong", "name=\"password\"", "value=\"console-nobody\"")
                .doesNotContain("Exception", "at org.");
        assertThat(ConsoleClient.location(console.get("/console"))).endsWith("/login");
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() {
        var console = new ConsoleClient(web);
        console.get("/login");
        var noToken = console.post("/login", false, "username", "moe-cw", "password", PASSWORD);
        assertThat(noToken.getStatus().value()).isEqualTo(403);
        console.post("/login", true, "username", "moe-cw", "password", PASSWORD);
        String caseId = openCase();
        var forged = console.post("/console/cases/" + caseId + "/notes", false, "text", "forged", "visibility", "LEAD_AGENCY");
        assertThat(forged.getStatus().value()).isEqualTo(403);
        var wrongToken = new ConsoleClient(web);
        wrongToken.session = console.session;
        wrongToken.csrf = "not-the-token";
        assertThat(wrongToken.post("/console/cases/" + caseId + "/notes", true, "text", "forged", "visibility", "LEAD_AGENCY")
                .getStatus().value()).isEqualTo(403);
    }

    @Test
    void the_console_login_goes_through_the_login_lockout() {
        var console = new ConsoleClient(web);
        assertThat(console.login("console-guesser", "wrong-1").getStatus().value()).isEqualTo(401);
        var again = console.post("/login", true, "username", "console-guesser", "password", "wrong-2");
        assertThat(again.getStatus().value()).as("backing off after a failure, as the token endpoint does").isEqualTo(429);
        assertThat(again.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(console.lastBody).contains("Wait a moment before you try again");
    }

    @Test
    void signing_out_ends_the_session() {
        var console = new ConsoleClient(web);
        console.login("moe-cw", PASSWORD);
        String session = console.session;
        console.get("/console");
        var out = console.post("/logout", true);
        assertThat(out.getStatus().is3xxRedirection()).isTrue();
        assertThat(ConsoleClient.location(out)).startsWith("/login");
        var replay = new ConsoleClient(web);
        replay.session = session;
        assertThat(ConsoleClient.location(replay.get("/console"))).endsWith("/login");
    }

    @Test
    void partners_cannot_sign_in_to_the_console() {
        var console = new ConsoleClient(web);
        assertThat(console.login("research-1", "partner-secret").getStatus().value()).isEqualTo(401);
    }

    @Test
    void a_console_session_is_no_credential_for_the_api() {
        var console = new ConsoleClient(web);
        console.login("moe-cw", PASSWORD);
        var api = console.get("/api/v1/cases");
        assertThat(api.getStatus().value()).isEqualTo(401);
        assertThat(console.get("/console/cases").getStatus().value()).isEqualTo(200);
    }

    @Test
    void a_bearer_token_is_no_credential_for_the_console() {
        var console = new ConsoleClient(web);
        var page = console.get("/console", HttpHeaders.AUTHORIZATION, bearer("moe-cw"));
        assertThat(ConsoleClient.location(page)).endsWith("/login");
    }

    @Test
    void the_bangla_font_and_the_styles_are_served_to_anyone_compressed_and_cached_for_a_year() throws Exception {
        var font = web.get().uri("/console/assets/setu-2/fonts/noto-sans-bengali-bengali-400-normal.woff2").exchange()
                .expectStatus().isOk().expectBody().returnResult();
        assertThat(font.getResponseBody()).hasSizeGreaterThan(40_000);
        assertThat(font.getResponseHeaders().getCacheControl()).contains("max-age=31536000");
        // A plain JDK client: it neither asks for nor undoes compression by itself.
        HttpResponse<byte[]> css = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/console/assets/govuk-5.14.0/govuk-frontend.min.css"))
                .header(HttpHeaders.ACCEPT_ENCODING, "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
        assertThat(css.body().length).as("GOV.UK Frontend's 132 KB of CSS, compressed").isLessThan(20_000);
    }
}
