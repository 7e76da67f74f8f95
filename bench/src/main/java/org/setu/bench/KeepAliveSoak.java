package org.setu.bench;

import org.setu.infra.SetuApplication;
import org.setu.infra.VendorReporting;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decision 0017's check: four clients sign in to the console and out again (the login form, a wrong or a right
 * password, a page, a redirect, sign-out) for {@code minutes}, each request allowed 10 s; prints the requests answered
 * and the first one that was not. With {@code keepalive=-1} (connections reused without limit) Reactor Netty 1.2 left
 * a request unanswered within 10 to 90 s in every run; with the application's setting (one request per connection) none.
 * Usage: {@code mvn -q -B -pl bench -am verify -DskipTests -Dbench -Dbench.main=org.setu.bench.KeepAliveSoak
 * -Dbench.args="minutes=5 keepalive=-1 port=8108"}.
 */
public final class KeepAliveSoak {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SETU_SESSION=([^;]*)");
    private static final int CLIENTS = 4;

    private KeepAliveSoak() {
    }

    public static void main(String[] args) {
        ExitAfter.run(KeepAliveSoak::run, args);
    }

    private static void run(String[] args) throws Exception {
        VendorReporting.disable();
        var options = Options.parse(args);
        double minutes = Double.parseDouble(options.getOrDefault("minutes", "5"));
        int port = Integer.parseInt(options.getOrDefault("port", "8108"));
        Path dataDir = TempDirs.create("setu-keepalive-");
        ConfigurableApplicationContext app = SpringApplication.run(SetuApplication.class,
                Options.applicationArgs(options, port, dataDir));
        String perConnection = app.getEnvironment().getProperty("server.netty.max-keep-alive-requests", "unlimited");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong answered = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<String> unanswered = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + (long) (minutes * 60e9);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int round = 0; System.nanoTime() < end && !stop.get(); round++) {
                        try {
                            signInAndOut(new Console(http, port), round % 3 == 0 ? "amina" : "nobody-" + client + "-" + round, answered);
                        } catch (HttpTimeoutException silence) {
                            synchronized (unanswered) {
                                unanswered.add(String.format(Locale.ROOT, "client %d, round %d, after %.0f s: %s",
                                        client, round, (System.nanoTime() - start) / 1e9, silence.getMessage()));
                            }
                            stop.set(true);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            app.close();
            TempDirs.delete(dataDir);
        }
        System.out.printf(Locale.ROOT, "Keep-alive soak: requests per connection %s, %d clients, %.1f min: %,d requests answered, %s%n",
                perConnection, CLIENTS, (System.nanoTime() - start) / 60e9, answered.get(),
                unanswered.isEmpty() ? "none left unanswered" : "UNANSWERED " + unanswered);
    }

    /** The login form, a password (right for the demo user, wrong otherwise), the console, sign-out. */
    private static void signInAndOut(Console console, String user, AtomicLong answered) throws Exception {
        console.send("/login", null);
        console.send("/login", "username=" + user + "&password=" + (user.equals("amina") ? "amina-demo" : "wrong"));
        answered.addAndGet(2);
        if (user.equals("amina")) {
            console.send("/console", null);
            console.send("/logout", "");
            answered.addAndGet(2);
        }
    }

    /** A browser without a browser: the session cookie and the last form's CSRF token. */
    private static final class Console {
        private final HttpClient http;
        private final int port;
        private String session;
        private String csrf;

        Console(HttpClient http, int port) {
            this.http = http;
            this.port = port;
        }

        void send(String path, String form) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10));
            if (session != null) {
                request.header("Cookie", "SETU_SESSION=" + session);
            }
            if (form == null) {
                request.GET();
            } else {
                String body = csrf == null ? form : form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
                request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("set-cookie")) {
                Matcher m = SESSION.matcher(cookie);
                if (m.find()) {
                    session = m.group(1).isEmpty() ? null : m.group(1);
                }
            }
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
        }
    }
}
