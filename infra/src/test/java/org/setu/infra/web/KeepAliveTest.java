package org.setu.infra.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every answer ends its connection (decision 0017): Reactor Netty 1.2 can stop reading a kept-alive connection after a
 * quick answer, and the next request on it then waits for ever (a console click after a redirect; ConsoleSessionTest's
 * hang on CI). A page, a redirect and an API problem each say {@code Connection: close} and the server closes.
 */
class KeepAliveTest extends ApiTestBase {

    @Test
    void a_console_page_ends_its_connection() throws IOException {
        assertEndsItsConnection("GET /login HTTP/1.1\r\nHost: localhost\r\n\r\n", "HTTP/1.1 200");
    }

    @Test
    void a_redirect_ends_its_connection() throws IOException {
        assertEndsItsConnection("GET /console HTTP/1.1\r\nHost: localhost\r\n\r\n", "HTTP/1.1 302");
    }

    @Test
    void an_api_answer_ends_its_connection() throws IOException {
        assertEndsItsConnection("GET /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n",
                "HTTP/1.1 401");
    }

    private void assertEndsItsConnection(String request, String status) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readToTheEnd(socket.getInputStream());
            assertThat(answer).startsWith(status);
            assertThat(answer.toLowerCase(Locale.ROOT)).contains("\r\nconnection: close\r\n");
        }
    }

    /** Everything the server sends until it closes; a connection still open after 10 s fails the test. */
    private static String readToTheEnd(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                seen.write(buffer, 0, n);
            }
            return seen.toString(StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException open) {
            return fail("the connection was still open 10 s after its answer: %s",
                    seen.toString(StandardCharsets.ISO_8859_1).lines().findFirst().orElse("(nothing)"));
        }
    }
}
