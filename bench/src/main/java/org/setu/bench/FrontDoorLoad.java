package org.setu.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests of the front-door benchmark, as the demo users make them: Amina (caseworker at the ministry) opens
 * cases, adds notes, views cases and pages her caseload; Nadia (focal point at IOM) pages her incoming referrals.
 */
final class FrontDoorLoad {

    private static final int PRELOAD_CLIENTS = 8;
    /** One preloaded case in ten is referred to IOM, so that its incoming queue has pages. */
    private static final int REFER_EVERY = 10;

    private final HttpApi api;
    /** Synchronized, not copy-on-write: 100k cases are appended one by one. */
    private final List<String> caseIds = Collections.synchronizedList(new ArrayList<>());

    FrontDoorLoad(HttpApi api) {
        this.api = api;
    }

    /** Opens {@code cases} cases over HTTP (8 clients), referring one in ten to IOM. */
    void preload(int cases) throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread[] clients = new Thread[PRELOAD_CLIENTS];
        for (int t = 0; t < clients.length; t++) {
            clients[t] = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < cases && failures.isEmpty(); i = next.getAndIncrement()) {
                        String caseId = open();
                        if (i % REFER_EVERY == 0) {
                            refer(caseId);
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            clients[t].start();
        }
        for (Thread client : clients) {
            client.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("preload failed", failures.get(0));
        }
        System.out.printf("  preloaded %,d cases over HTTP in %.1f s%n", cases, (System.nanoTime() - start) / 1e9);
    }

    void create(int thread, long i) throws Exception {
        open();
    }

    void addNote(int thread, long i) throws Exception {
        api.post("amina", "/api/v1/cases/" + anyCase() + "/notes",
                Map.of("visibility", "ALL_AGENCIES", "text", "Called the family; follow-up next week."), 201);
    }

    void view(int thread, long i) throws Exception {
        api.get("amina", "/api/v1/cases/" + anyCase());
    }

    void caseload(int thread, long i) throws Exception {
        api.get("amina", "/api/v1/cases?page=" + ThreadLocalRandom.current().nextInt(5));
    }

    void queue(int thread, long i) throws Exception {
        api.get("nadia", "/api/v1/referrals?direction=incoming&page=" + ThreadLocalRandom.current().nextInt(5));
    }

    private String open() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        JsonNode created = api.post("amina", "/api/v1/cases", Map.of(
                "category", "RETURN_REINTEGRATION", "migrationStage", "RETURN", "district", "Dhaka",
                "countryOfDestination", "SA",
                "subject", Map.of("fullName", "Bench Subject " + n, "dateOfBirth", "1990-01-31", "sex", "F",
                        "phone", "+8801700" + String.format("%06d", n)),
                "consent", Map.of("agencies", List.of("iom-bd"), "purposes", List.of("SERVICE_PROVISION"))), 201);
        String caseId = created.get("caseId").asText();
        caseIds.add(caseId);
        return caseId;
    }

    private void refer(String caseId) throws Exception {
        api.post("amina", "/api/v1/cases/" + caseId + "/referrals", Map.of("toAgency", "iom-bd",
                "serviceType", "REINTEGRATION", "urgency", "NORMAL", "note", "Needs reintegration support."), 201);
    }

    private String anyCase() {
        return caseIds.get(ThreadLocalRandom.current().nextInt(caseIds.size()));
    }
}
