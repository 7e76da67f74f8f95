package org.setu.infra.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request written byte for byte on a socket, so that a test can send what HTTP clients refuse to
 * (a raw {@code %00} path, a 20 KB header) and see exactly what the server answers, before any client logic.
 */
public final class RawHttp {

    /** The status, headers (lower-case names) and body of one response. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    public static Response send(int port, String method, String target, Map<String, String> headers, String body)
            throws IOException {
        return send(port, method, target, headers, body, null);
    }

    /** With {@code rawBody}: written as it is after the headers, without a Content-Length (a chunked body, say). */
    public static Response send(int port, String method, String target, Map<String, String> headers, String body,
                                String rawBody) throws IOException {
        // Kept alive, and the response read by its length: a server that answers before reading the body and then
        // closes would make the kernel reset the connection, losing the answer (Reactor Netty discards the body instead).
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        byte[] payload = (body != null ? body : rawBody == null ? "" : rawBody).getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Length: ").append(payload.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(payload);
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    public static Response get(int port, String target) throws IOException {
        return send(port, "GET", target, Map.of(), null);
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(in);
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            body.write(in.readNBytes(size));
            in.readNBytes(2);
        }
        return body.toByteArray();
    }

    private static int chunkSize(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        String size = line.toString().split(";")[0].trim();
        return size.isEmpty() ? 0 : Integer.parseInt(size, 16);
    }
}
