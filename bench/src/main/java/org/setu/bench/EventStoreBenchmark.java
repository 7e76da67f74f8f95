package org.setu.bench;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.setu.infra.mongo.MongoConnection;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.RegisterAgencyCommand;
import org.setu.kernel.agency.ServiceOffering;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.*;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Command throughput through the CommandGateway against the raw driver's durable insert on the same embedded server,
 * at several stored-event counts, plus processor lag and the stock axon-mongo engine as a baseline.
 * Usage: {@code mvn -q -B -pl bench -am verify -DskipTests -Dbench [-Dbench.args="sizes=10000,100000 seconds=5 repeats=3"]}.
 */
public final class EventStoreBenchmark {

    static final AgencyId LEAD = new AgencyId("moewoe");
    private static final int WORKING_SET = 1_000;
    /** Sealed values of a realistic size (what the API hands down): this benchmark measures the store, not the cipher. */
    static final Sealed SEALED_SUBJECT = new Sealed(Sealed.PREFIX + "A".repeat(160));
    static final Sealed SEALED_NOTE = new Sealed(Sealed.PREFIX + "A".repeat(60));

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        System.out.printf(Locale.ROOT, "Setu event store benchmark: sizes=%s seconds=%.1f repeats=%d threads=1,8 (%d cores)%n",
                options.sizes, options.seconds, options.repeats, Runtime.getRuntime().availableProcessors());
        List<String> rows = new ArrayList<>();
        for (long size : options.sizes) {
            rows.addAll(measureSetu(size, options));
        }
        rows.addAll(measureStock(options.sizes.get(0), options));
        System.out.println();
        System.out.println("| engine | stored events | threads | raw insert+commit /s | creates /s | updates /s | creates/raw | updates/creates | with a tracking processor (1 thread) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static List<String> measureSetu(long size, Options options) throws Exception {
        Path dir = TempDirs.create("setu-bench-");
        try (MongoConnection mongo = MongoConnection.open(null, dir)) {
            SetuEventStorageEngine engine = BenchNode.setuEngine(mongo.database(), mongo.durability());
            preload(size, units -> engine.importEvents(units));
            return measure("setu", size, mongo, engine, options);
        } finally {
            TempDirs.delete(dir); // a million-event store takes gigabytes
        }
    }

    private static List<String> measureStock(long size, Options options) throws Exception {
        Path dir = TempDirs.create("setu-bench-stock-");
        try (MongoConnection mongo = MongoConnection.open(null, dir)) {
            var engine = BenchNode.stockEngine(mongo.database());
            preload(size, units -> units.forEach(engine::appendEvents));
            return measure("axon-mongo (stock, not durable per write)", size, mongo, engine, options);
        } finally {
            TempDirs.delete(dir);
        }
    }

    private interface Importer {
        void importUnits(List<List<EventMessage<?>>> units);
    }

    /** Stored history: aggregates of ten events each (an opened case and nine notes). */
    private static void preload(long events, Importer importer) {
        long start = System.nanoTime();
        List<List<EventMessage<?>>> batch = new ArrayList<>();
        int inBatch = 0;
        for (long c = 0; c < events / 10; c++) {
            String id = "pre-" + c;
            List<EventMessage<?>> unit = new ArrayList<>();
            unit.add(new GenericDomainEventMessage<>("ReferralCase", id, 0, opened(new CaseId(id))));
            for (int n = 1; n < 10; n++) {
                unit.add(new GenericDomainEventMessage<>("ReferralCase", id, n, new NoteAddedEvent(new CaseId(id),
                        new NoteId("note-" + n), LEAD, NoteVisibility.LEAD_AGENCY, SEALED_NOTE, stamp(Role.CASEWORKER))));
            }
            batch.add(unit);
            inBatch += unit.size();
            if (inBatch >= 5_000) {
                importer.importUnits(batch);
                batch = new ArrayList<>();
                inBatch = 0;
            }
        }
        if (!batch.isEmpty()) {
            importer.importUnits(batch);
        }
        System.out.printf(Locale.ROOT, "  preloaded %,d events in %.1f s%n", events, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Throughput as the issue defines it (commands through the gateway, no event processor competing for the store),
     * then, in a second node on the same store, the same update load with one tracking processor, for its lag.
     */
    private static List<String> measure(String name, long size, MongoConnection mongo, EventStorageEngine engine,
                                        Options options) throws Exception {
        List<String> rows = new ArrayList<>();
        List<CaseId> workingSet = new ArrayList<>();
        double[][] results = new double[2][3];
        try (BenchNode node = BenchNode.start(mongo.database(), engine, false)) {
            node.commands().sendAndWait(new RegisterAgencyCommand(LEAD, "Ministry", AgencyType.MINISTRY,
                    List.of(new ServiceOffering(ServiceType.REPATRIATION, Set.of("Dhaka"), Set.of("bn"), null)),
                    stamp(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN)));
            for (int i = 0; i < WORKING_SET; i++) {
                CaseId id = new CaseId("ws-" + UUID.randomUUID());
                node.commands().sendAndWait(openCase(id));
                workingSet.add(id);
            }
            int[] threadCounts = {1, 8};
            for (int k = 0; k < 2; k++) {
                int threads = threadCounts[k];
                List<Double> rawRuns = new ArrayList<>();
                List<Double> creates = new ArrayList<>();
                List<Double> updates = new ArrayList<>();
                for (int r = 0; r < options.repeats; r++) {
                    rawRuns.add(Throughput.opsPerSecond(threads, options.seconds, RawInserts.op(mongo)));
                    creates.add(Throughput.opsPerSecond(threads, options.seconds,
                            (t, i) -> node.commands().sendAndWait(openCase(new CaseId("c-" + UUID.randomUUID())))));
                    updates.add(Throughput.opsPerSecond(threads, options.seconds, (t, i) -> addNote(node, workingSet)));
                }
                results[k] = new double[]{Throughput.median(rawRuns), Throughput.median(creates), Throughput.median(updates)};
            }
        }
        long[] lag = new long[2];
        double withProcessor;
        try (BenchNode node = BenchNode.start(mongo.database(), engine, true)) {
            node.recordLag = true;
            withProcessor = Throughput.opsPerSecond(1, options.seconds, (t, i) -> addNote(node, workingSet));
            node.recordLag = false;
            lag[0] = Throughput.percentile(node.lagMillis, 50);
            lag[1] = Throughput.percentile(node.lagMillis, 99);
        }
        for (int k = 0; k < 2; k++) {
            double[] r = results[k];
            String row = String.format(Locale.ROOT, "| %s | %,d | %d | %.0f | %.0f | %.0f | %.2f | %.2f | %s |",
                    name, size, k == 0 ? 1 : 8, r[0], r[1], r[2], r[1] / r[0], r[2] / r[1],
                    k == 0 ? String.format(Locale.ROOT, "%.0f updates/s; lag p50 %d ms, p99 %d ms", withProcessor, lag[0], lag[1]) : "");
            System.out.println(row);
            rows.add(row);
        }
        return rows;
    }

    private static void addNote(BenchNode node, List<CaseId> workingSet) {
        CaseId id = workingSet.get(ThreadLocalRandom.current().nextInt(workingSet.size()));
        node.commands().sendAndWait(new AddNoteCommand(id, new NoteId("n-" + UUID.randomUUID()),
                NoteVisibility.ALL_AGENCIES, SEALED_NOTE, stamp(Role.CASEWORKER)));
    }

    static Stamp stamp(Role role) {
        return stamp(LEAD, role);
    }

    static Stamp stamp(AgencyId agency, Role role) {
        return new Stamp(new CommandId(UUID.randomUUID().toString()), new Actor(new StaffId("bench"), agency, Set.of(role)),
                Instant.now());
    }

    static CaseOpenedEvent opened(CaseId id) {
        OpenCaseCommand c = openCase(id);
        return new CaseOpenedEvent(id, LEAD, c.facts(), c.subject(), c.consent(), c.stamp());
    }

    static OpenCaseCommand openCase(CaseId id) {
        return new OpenCaseCommand(id,
                new CaseFacts(CaseCategory.RETURN_REINTEGRATION, MigrationStage.RETURN, "BD", "SA", "Dhaka", Set.of()),
                SEALED_SUBJECT,
                Consent.NONE, stamp(Role.CASEWORKER));
    }

    /** Command-line options: sizes=10000,100000,1000000 seconds=5 repeats=3. */
    record Options(List<Long> sizes, double seconds, int repeats) {
        static Options parse(String[] args) {
            List<Long> sizes = List.of(10_000L, 100_000L, 1_000_000L);
            double seconds = 5;
            int repeats = 3;
            for (String arg : String.join(" ", args).trim().split("\\s+")) {
                if (arg.startsWith("sizes=")) {
                    sizes = Arrays.stream(arg.substring(6).split(",")).map(Long::parseLong).toList();
                } else if (arg.startsWith("seconds=")) {
                    seconds = Double.parseDouble(arg.substring(8));
                } else if (arg.startsWith("repeats=")) {
                    repeats = Integer.parseInt(arg.substring(8));
                }
            }
            return new Options(sizes, seconds, repeats);
        }
    }
}
