package org.setu.bench;

import org.bson.Document;
import org.setu.infra.mongo.MongoConnection;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.FindCaseQuery;
import org.setu.kernel.query.FindCaseloadQuery;
import org.setu.kernel.referral.*;
import org.setu.query.referral.CaseViewProjection;
import org.setu.query.referral.CaseloadProjection;
import org.setu.query.common.Generations;
import org.setu.query.common.JsonViews;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Read-model latency on the embedded server (H2 file backend): caseload pages and case views with 10k and 100k
 * cases spread over 20 agencies. Lists are measured served from the in-memory mirror (Setu's embedded default) and,
 * side by side, from the database query the embedded server must scan.
 * Usage: {@code mvn -q -B -pl bench -am verify -DskipTests -Dbench -Dbench.main=org.setu.bench.ReadModelBenchmark}.
 */
public final class ReadModelBenchmark {

    private static final int AGENCIES = 20;

    public static void main(String[] args) throws Exception {
        System.out.println("| cases | read | p50 ms | p99 ms | requests |");
        System.out.println("|---|---|---|---|---|");
        for (int cases : new int[]{10_000, 100_000}) {
            measure(cases);
        }
    }

    private static void measure(int cases) throws Exception {
        try (MongoConnection mongo = MongoConnection.open(null, TempDirs.create("setu-read-bench-"))) {
            var generations = new Generations(mongo.database());
            load(mongo, cases);
            var memory = new CaseloadProjection(generations, true);
            var database = new CaseloadProjection(generations, false);
            var views = new CaseViewProjection(generations);
            long warm = System.nanoTime();
            memory.handle(new FindCaseloadQuery(agency(0), null, null, 0, 20));
            System.out.printf(Locale.ROOT, "| %,d | caseload mirror filled from one scan (once, at first list) | %.0f | | 1 |%n",
                    cases, (System.nanoTime() - warm) / 1e6);
            row(cases, "caseload page, in-memory mirror (embedded default)", 2_000, () -> memory.handle(randomPage()));
            row(cases, "caseload page, database query (scan on the embedded server)", cases > 10_000 ? 40 : 200,
                    () -> database.handle(randomPage()));
            row(cases, "case view by id", 2_000, () -> views.handle(new FindCaseQuery(caseId(ThreadLocalRandom.current().nextInt(cases)))));
        }
    }

    private static FindCaseloadQuery randomPage() {
        var random = ThreadLocalRandom.current();
        CaseStatus status = random.nextBoolean() ? null : CaseStatus.OPEN;
        CaseCategory category = random.nextInt(3) == 0 ? CaseCategory.TRAFFICKING : null;
        return new FindCaseloadQuery(agency(random.nextInt(AGENCIES)), status, category, random.nextInt(5), 20);
    }

    private static void row(int cases, String what, int requests, Runnable read) {
        List<Long> nanos = new ArrayList<>(requests);
        for (int i = 0; i < Math.min(50, requests); i++) {
            read.run();
        }
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            read.run();
            nanos.add(System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "| %,d | %s | %.2f | %.2f | %d |%n", cases, what,
                Throughput.percentile(nanos, 50) / 1e6, Throughput.percentile(nanos, 99) / 1e6, requests);
    }

    private static AgencyId agency(int i) {
        return new AgencyId("agency-" + i);
    }

    private static CaseId caseId(int i) {
        return new CaseId("case-" + i);
    }

    /** Rows and views as the projections store them, written in bulk. */
    private static void load(MongoConnection mongo, int cases) {
        var rows = mongo.database().getCollection(CaseloadProjection.ROWS);
        var views = mongo.database().getCollection(CaseViewProjection.COLLECTION);
        List<Document> rowBatch = new ArrayList<>();
        List<Document> viewBatch = new ArrayList<>();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        CaseCategory[] categories = CaseCategory.values();
        for (int i = 0; i < cases; i++) {
            AgencyId lead = agency(i % AGENCIES);
            CaseId id = caseId(i);
            Instant at = t0.plusSeconds(i);
            CaseCategory category = categories[i % categories.length];
            CaseStatus status = i % 4 == 0 ? CaseStatus.CLOSED : CaseStatus.OPEN;
            rowBatch.add(new Document("_id", lead.value() + "|" + id.value()).append("agency", lead.value())
                    .append("caseId", id.value()).append("status", status.name()).append("category", category.name())
                    .append("leadAgency", lead.value()).append("district", "Dhaka").append("lastActivityAt", Date.from(at))
                    .append("overdue", false));
            CaseView view = new CaseView(id, 3, status, lead, new CaseFacts(category, MigrationStage.RETURN, "BD", "SA",
                    "Dhaka", Set.of()), EventStoreBenchmark.SEALED_SUBJECT, Consent.NONE, false,
                    Set.of(), List.of(), List.of(), null, at, at, false, List.of());
            viewBatch.add(new Document("_id", id.value()).append("version", 3L).append("view", JsonViews.write(view)));
            if (rowBatch.size() == 5_000) {
                rows.insertMany(rowBatch);
                views.insertMany(viewBatch);
                rowBatch.clear();
                viewBatch.clear();
            }
        }
        if (!rowBatch.isEmpty()) {
            rows.insertMany(rowBatch);
            views.insertMany(viewBatch);
        }
        mongo.durability().awaitDurable();
    }
}
