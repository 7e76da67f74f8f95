package org.setu.bench;

import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicBoolean;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.setu.api.common.ApiCommands;
import org.setu.api.privacy.PersonalData;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.api.referral.CaseRequests;
import org.setu.api.security.Caller;
import org.setu.infra.SetuApplication;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.OpenCaseCommand;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Online backup and restore of the embedded store at N cases: the cases are opened, a backup is taken while 4 HTTP
 * clients keep opening cases, then the backup is restored into a fresh directory and Setu started there until ready.
 * Prints the times and sizes. Arguments (bench.args): {@code [N, default 10000] [load=http|gateway]}. {@code load=http}
 * (default) opens the N cases over HTTP from 8 clients; {@code load=gateway} sends the same OpenCaseCommands through
 * the running application's CommandGateway from 8 threads, sealed under each subject's key as the API does, then waits
 * for the projections to catch up: the same store, without HTTP, token checks and read-your-writes waits per case.
 */
public final class BackupBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CASE = "{\"category\":\"RETURN_REINTEGRATION\",\"migrationStage\":\"RETURN\",\"district\":"
            + "\"Dhaka\",\"countryOfDestination\":\"SA\",\"subject\":{\"fullName\":\"Rahima Begum\",\"dateOfBirth\":"
            + "\"1990-01-31\",\"sex\":\"F\"},\"consent\":{\"agencies\":[\"iom-bd\"],\"purposes\":[\"SERVICE_PROVISION\"]}}";

    public static void main(String[] args) throws Exception {
        // bench.args arrives as one argument ("100000 load=gateway").
        List<String> options = List.of(String.join(" ", args).trim().split("\\s+"));
        int cases = options.stream().filter(o -> o.matches("\\d+")).findFirst().map(Integer::parseInt).orElse(10_000);
        boolean viaGateway = options.contains("load=gateway");
        Path source = TempDirs.create("setu-backup-bench-");
        Path backups = TempDirs.create("setu-backup-bench-out-");
        Path restored = TempDirs.create("setu-backup-bench-restored-");
        String id, sample;
        try (ConfigurableApplicationContext app = start(source, backups)) {
            String base = base(app);
            String amina = token(base, "amina"), admin = token(base, "sec-admin");
            long t0 = System.nanoTime();
            if (viaGateway) {
                loadThroughGateway(app, amina, cases, 8);
            } else {
                load(base, amina, cases, 8, () -> false);
            }
            JsonNode caseload = send(base, "GET", "/api/v1/cases?size=1", amina);
            System.out.printf(Locale.ROOT, "loaded %,d cases (%s) in %.1f s; store %,d bytes; cases in the caseload: %s%n",
                    cases, viaGateway ? "gateway" : "http", secs(t0), Files.size(source.resolve("setu-mongo.mv")),
                    caseload.get("total"));
            // One loaded case, opened on the restored node: its sealed subject must read back in clear.
            sample = caseload.get("items").get(0).get("caseId").asText();
            AtomicInteger during = new AtomicInteger();
            var done = new AtomicBoolean();
            Thread writers = new Thread(() -> during.addAndGet(load(base, amina, Integer.MAX_VALUE, 4, done::get)));
            writers.start();
            Thread.sleep(2_000);
            long b0 = System.nanoTime();
            id = send(base, "POST", "/api/v1/admin/backups", admin).get("backupId").asText();
            while (!send(base, "GET", "/api/v1/admin/backups/" + id, admin).get("state").asText().equals("DONE")) {
                Thread.sleep(100);
            }
            double backupSecs = secs(b0);
            done.set(true);
            writers.join();
            System.out.printf(Locale.ROOT, "backup %s: %.2f s under load (%d cases opened meanwhile in all); zip %,d bytes%n",
                    id, backupSecs, during.get(), Files.size(backups.resolve(id).resolve("setu-mongo.mv.zip")));
            Files.copy(source.resolve("master.key"), restored.resolve("master.key"));
        }
        long r0 = System.nanoTime();
        try (ConfigurableApplicationContext app = start(restored, backups, "--setu.backup.restore=" + backups.resolve(id))) {
            String base = base(app);
            while (status(base, "/actuator/health/readiness") != 200) {
                Thread.sleep(100);
            }
            double restoreSecs = secs(r0);
            String amina = token(base, "amina");
            System.out.printf(Locale.ROOT, "restore and start until ready: %.2f s; cases in the caseload: %s; case %s's subject: %s%n",
                    restoreSecs, send(base, "GET", "/api/v1/cases?size=1", amina).get("total"), sample,
                    send(base, "GET", "/api/v1/cases/" + sample, amina).path("subject").path("fullName").asText("(none)"));
        }
        TempDirs.delete(source);
        TempDirs.delete(backups);
        TempDirs.delete(restored);
        // Axon's janitor thread is not a daemon and outlives the closed contexts.
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(Path dataDir, Path backups, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--setu.seed=demo", "--setu.data-dir=" + dataDir,
                "--setu.users-file=../demo/users.json", "--setu.backup.directory=" + backups, "--logging.level.root=WARN",
                "--logging.level.org.setu.infra.backup=INFO", "--setu.api.rate-limit.per-second=100000",
                "--setu.api.rate-limit.burst=100000"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(SetuApplication.class).run(args.toArray(String[]::new));
    }

    private static int load(String base, String token, int cases, int clients, BooleanSupplier stop) {
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (!stop.getAsBoolean() && next.getAndIncrement() < cases) {
                    post(base, "/api/v1/cases", token, CASE);
                }
            });
            t.start();
            threads.add(t);
        }
        threads.forEach(t -> {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return Math.min(next.get(), cases);
    }

    /**
     * What {@code POST /api/v1/cases} does for a caller without an Idempotency-Key, minus HTTP: the body checked and
     * built by the API's own request type, a case id whose subject key is stored, the subject sealed under it, the
     * command stamped with the caller's actor from its token. The API waits for the projections after each case; this
     * waits once at the end, until they have caught up with everything the commands stored.
     */
    private static void loadThroughGateway(ConfigurableApplicationContext app, String token, int cases, int threads)
            throws Exception {
        CommandGateway gateway = app.getBean(CommandGateway.class);
        PersonalDataVault vault = app.getBean(PersonalDataVault.class);
        Actor actor = Caller.of(app.getBean(ReactiveJwtDecoder.class).decode(token).block()).actor();
        CaseRequests.OpenCase body = app.getBean(ObjectMapper.class).readValue(CASE, CaseRequests.OpenCase.class);
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (next.getAndIncrement() < cases) {
                    var fresh = vault.newSubject();
                    gateway.sendAndWait(new OpenCaseCommand(fresh.caseId(), body.facts(),
                            PersonalData.seal(fresh.key(), body.subjectData()), body.consentGiven(),
                            new Stamp(new CommandId(UUID.randomUUID().toString()), actor, Instant.now())));
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long w0 = System.nanoTime();
        ApiCommands commands = app.getBean(ApiCommands.class);
        while (!Boolean.TRUE.equals(commands.awaitProjections().block())) {
            Thread.sleep(100);
        }
        System.out.printf(Locale.ROOT, "projections caught up %.1f s after the last command%n", secs(w0));
    }

    private static String base(ConfigurableApplicationContext app) {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    private static String token(String base, String user) {
        return post(base, "/api/v1/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"" + user + "-demo\"}")
                .get("access_token").asText();
    }

    private static JsonNode post(String base, String path, String token, String body) {
        return call(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private static JsonNode send(String base, String method, String path, String token) {
        return call(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()), token);
    }

    private static int status(String base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonNode call(HttpRequest.Builder request, String token) {
        try {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
