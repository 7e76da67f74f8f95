package org.setu.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.setu.infra.SetuApplication;
import org.setu.infra.VendorReporting;
import org.setu.infra.mongo.MongoConnection;
import org.setu.infra.query.ProjectionBarrier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The front door: the whole application started as {@code quickstart.sh} starts it (demo seed, fresh data directory,
 * rate limit lifted), driven over real HTTP by 1 and 8 clients, beside the raw insert+commit of the same embedded
 * server in the same run. Usage: {@code mvn -q -B -pl bench -am verify -DskipTests -Dbench
 * -Dbench.main=org.setu.bench.FrontDoorBenchmark -Dbench.args="cases=2000 seconds=5 repeats=3 port=8107"}. With
 * {@code repeats} the operations run that many rounds in turn (so a slow moment of the machine spreads over all of
 * them) and each figure printed is the median of its rounds; first, unmeasured, every operation at 1 and 8
 * clients for at least {@code warmup} seconds (30 by default) and then until the JIT compilers are quiet, at most
 * {@code warmupmax} seconds (300 by default; {@link WarmUp}). A phase ends when every projection has caught up with
 * what its requests stored (at most {@link #CATCH_UP_SECONDS}). {@code keepalive=N} lets a connection serve N
 * requests instead of the application's one (decision 0017), to measure what that setting costs.
 */
public final class FrontDoorBenchmark {

    private static final int[] CLIENTS = {1, 8};
    static final int CATCH_UP_SECONDS = 120;
    private static final List<String> OPERATIONS =
            List.of("raw insert+commit", "create case", "add note", "view case", "caseload page", "referral queue page");

    public static void main(String[] args) {
        ExitAfter.run(FrontDoorBenchmark::run, args);
    }

    private static void run(String[] args) throws Exception {
        VendorReporting.disable();
        Map<String, String> options = Options.parse(args);
        int cases = Integer.parseInt(options.getOrDefault("cases", "2000"));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "5"));
        int repeats = Integer.parseInt(options.getOrDefault("repeats", "1"));
        double warmup = Double.parseDouble(options.getOrDefault("warmup", "30"));
        double warmupMax = Math.max(warmup, Double.parseDouble(options.getOrDefault("warmupmax", "300")));
        int port = Integer.parseInt(options.getOrDefault("port", "8107"));
        Path dataDir = TempDirs.create("setu-frontdoor-");
        ConfigurableApplicationContext app = SpringApplication.run(SetuApplication.class, Options.applicationArgs(options,
                port, dataDir, "--setu.api.rate-limit.per-second=100000", "--setu.api.rate-limit.burst=100000"));
        try {
            HttpApi api = new HttpApi(port);
            api.token("amina"); // once, before the clients: the issuer throttles a burst of logins
            api.token("nadia");
            FrontDoorLoad load = new FrontDoorLoad(api);
            System.out.printf(Locale.ROOT, "Setu front door: cases=%,d seconds=%.1f repeats=%d warmup=%.0f-%.0f port=%d requests per connection %s (%d cores, load average %.2f)%n",
                    cases, seconds, repeats, warmup, warmupMax, port,
                    app.getEnvironment().getProperty("server.netty.max-keep-alive-requests", "unlimited"),
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            load.preload(cases);
            Throughput.Op raw = RawInserts.op(app.getBean(MongoConnection.class));
            List<Throughput.Op> ops = List.of(raw, load::create, load::addNote, load::view, load::caseload, load::queue);
            MeterRegistry metrics = app.getBean(MeterRegistry.class);
            LongSupplier storeCommands = () -> metrics.find("mongodb.driver.commands").timers().stream()
                    .mapToLong(Timer::count).sum();
            ProjectionBarrier barrier = app.getBean(ProjectionBarrier.class);
            TimedPhase.Settle caughtUp = () -> {
                long head = barrier.head();
                long deadline = System.nanoTime() + CATCH_UP_SECONDS * 1_000_000_000L;
                while (!barrier.allPassed(head)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(
                                "the projections did not catch up within " + CATCH_UP_SECONDS + " s");
                    }
                    Thread.sleep(5);
                }
            };
            WarmUp.run(ops, CLIENTS, warmup, warmupMax, storeCommands);
            StoreCommandMix mix = new StoreCommandMix(metrics);
            String[][] mixes = new String[CLIENTS.length][OPERATIONS.size()];
            TimedPhase.Result[][][] results = new TimedPhase.Result[CLIENTS.length][OPERATIONS.size()][repeats];
            for (int c = 0; c < CLIENTS.length; c++) {
                for (int r = 0; r < repeats; r++) {
                    for (int o = 0; o < ops.size(); o++) {
                        System.out.printf(Locale.ROOT, "  %d client(s): %s (round %d of %d) ...%n", CLIENTS[c],
                                OPERATIONS.get(o), r + 1, repeats);
                        Map<String, Long> before = mix.snapshot();
                        results[c][o][r] = TimedPhase.run(CLIENTS[c], seconds, ops.get(o), storeCommands, caughtUp);
                        mixes[c][o] = StoreCommandMix.perRequest(before, mix.snapshot(), results[c][o][r].requests());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%nload average at the end: %.2f%n", loadAverage());
            app.getBean(MongoConnection.class).embedded().ifPresent(store -> {
                store.commit();
                System.out.printf(Locale.ROOT, "store file at the end: %.0f MB%n", store.storeSize() / 1e6);
            });
            print(cases, results);
            printMix(mixes);
        } finally {
            app.close();
        }
    }

    private static void print(int cases, TimedPhase.Result[][][] rounds) {
        System.out.println();
        System.out.println("| clients | operation | requests | per second | p50 ms | p99 ms | CPU ms per request | of which JIT | store commands per request |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        Median[][] r = new Median[CLIENTS.length][OPERATIONS.size()];
        for (int c = 0; c < CLIENTS.length; c++) {
            for (int o = 0; o < OPERATIONS.size(); o++) {
                Median x = r[c][o] = new Median(rounds[c][o]);
                System.out.printf(Locale.ROOT, "| %d | %s | %,d | %.0f | %.1f | %.1f | %.2f | %.2f | %.1f |%n",
                        CLIENTS[c], OPERATIONS.get(o), x.requests(), x.perSecond(), x.p50Millis(), x.p99Millis(),
                        x.cpuMillisPerRequest(), x.jitMillisPerRequest(), x.storeCommandsPerRequest());
            }
        }
        double creates8 = r[1][1].perSecond();
        System.out.println();
        System.out.printf(Locale.ROOT, "| goal (issue 17, %,d preloaded cases) | measured | verdict |%n", cases);
        System.out.println("|---|---|---|");
        goal("HTTP creates at 8 clients ≥ 0.3 × raw insert+commit (8 threads)", creates8 / r[1][0].perSecond(), 0.3, true, "%.2f×");
        goal("HTTP creates at 8 clients ≥ 0.3 × raw insert+commit (1 thread)", creates8 / r[0][0].perSecond(), 0.3, true, "%.2f×");
        goal("single-client create p50 ≤ 15 ms", r[0][1].p50Millis(), 15, false, "%.1f ms");
        goal("case view p50 ≤ 5 ms at 8 clients", r[1][3].p50Millis(), 5, false, "%.1f ms");
        goal("caseload page p99 ≤ 50 ms (8 clients)", r[1][4].p99Millis(), 50, false, "%.1f ms");
    }

    /** Each figure the median of its rounds (requests: the median round's count). */
    private record Median(TimedPhase.Result[] rounds) {
        long requests() {
            return (long) median(TimedPhase.Result::requests);
        }

        double perSecond() {
            return median(TimedPhase.Result::perSecond);
        }

        double p50Millis() {
            return median(TimedPhase.Result::p50Millis);
        }

        double p99Millis() {
            return median(TimedPhase.Result::p99Millis);
        }

        double cpuMillisPerRequest() {
            return median(TimedPhase.Result::cpuMillisPerRequest);
        }

        double jitMillisPerRequest() {
            return median(TimedPhase.Result::jitMillisPerRequest);
        }

        double storeCommandsPerRequest() {
            return median(TimedPhase.Result::storeCommandsPerRequest);
        }

        private double median(ToDoubleFunction<TimedPhase.Result> figure) {
            double[] values = Arrays.stream(rounds).mapToDouble(figure).sorted().toArray();
            int n = values.length;
            return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }
    }

    /** The last round's store commands per request, by command and collection. */
    private static void printMix(String[][] mixes) {
        System.out.println();
        System.out.println("| clients | operation | store commands per request (last round), by command and collection |");
        System.out.println("|---|---|---|");
        for (int c = 0; c < CLIENTS.length; c++) {
            for (int o = 0; o < OPERATIONS.size(); o++) {
                System.out.printf(Locale.ROOT, "| %d | %s | %s |%n", CLIENTS[c], OPERATIONS.get(o), mixes[c][o]);
            }
        }
    }

    private static void goal(String name, double measured, double limit, boolean atLeast, String format) {
        boolean met = atLeast ? measured >= limit : measured <= limit;
        System.out.printf(Locale.ROOT, "| %s | " + format + " | %s |%n", name, measured, met ? "met" : "**not met**");
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

}
