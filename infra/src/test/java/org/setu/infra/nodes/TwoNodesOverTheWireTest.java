package org.setu.infra.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.sun.net.httpserver.HttpServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.setu.infra.privacy.AesGcm;
import org.setu.infra.support.SseClient;
import org.setu.infra.support.TestMongo;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production path with two nodes: a MongoDB wire-protocol server (mongo-java-server, H2 backend) as its own
 * process, two Setu nodes as processes with {@code MONGODB_URI} pointing at it, the same master key and separate data
 * directories, as two containers would have. One network: tokens, reads, audit, deadlines and webhooks; a graceful
 * stop hands work over at once; a killed node's work moves to the survivor within the claim timeout.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesOverTheWireTest {

    private Path work;
    private NodeProcess wire;
    private final NodeProcess[] nodes = new NodeProcess[2];
    private final Api[] apis = new Api[2];
    private final Path[] dataDirs = new Path[2];
    private int killed = -1;
    private Map<String, String> env;
    private List<String> common;
    private MongoClient mongo;
    private HttpServer receiver;
    private final List<String> deliveries = new CopyOnWriteArrayList<>();

    /** A failure on the loaded CI machine can only be understood from the nodes' own logs: print their warnings. */
    @RegisterExtension
    final TestWatcher nodeLogs = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (int n = 0; n < nodes.length; n++) {
                try {
                    System.out.println("=== warnings of node " + n + " after " + context.getDisplayName() + "\n"
                            + (nodes[n] == null ? "(not started)" : nodes[n].warnings()));
                } catch (Exception e) {
                    System.out.println("node " + n + "'s log unreadable: " + e);
                }
            }
        }
    };

    @BeforeAll
    void start() throws Exception {
        work = TestMongo.newDataDir();
        wire = NodeProcess.wireServer(work.resolve("wire.mv"), work.resolve("wire.log"));
        String uri = "mongodb://127.0.0.1:" + wire.port() + "/setu";
        mongo = MongoClients.create(uri);
        env = Map.of("MONGODB_URI", uri,
                "SETU_MASTER_KEY", Base64.getEncoder().encodeToString(AesGcm.newKey().getEncoded()));
        common = List.of("--setu.users-file=" + Users.file(work), "--setu.api.rate-limit.per-second=1000",
                "--setu.api.rate-limit.burst=1000", "--setu.audit.checkpoint-interval=PT1S",
                "--setu.sla.urgent.decision=4s", "--setu.deadlines.poll=PT0.2S", "--setu.webhooks.poll=PT0.2S",
                "--setu.webhooks.allow-localhost=true", "--logging.level.root=WARN");
        for (int n = 0; n < 2; n++) {
            dataDirs[n] = Files.createDirectories(work.resolve("node-" + n));
            nodes[n] = launch(n);
        }
        for (int n = 0; n < 2; n++) {
            nodes[n].awaitReady(Duration.ofSeconds(150));
            apis[n] = new Api(nodes[n].base());
        }
        for (String[] agency : new String[][]{{"moewoe", "MINISTRY", "REPATRIATION"}, {"iom-bd", "UN_AGENCY", "REINTEGRATION"},
                {"brac-mp", "NGO", "PSYCHOSOCIAL"}}) {
            assertThat(apis[0].post("/api/v1/agencies", apis[0].token("admin"), Map.of("agencyId", agency[0],
                    "name", agency[0].toUpperCase(), "type", agency[1], "services", List.of(Map.of("serviceType", agency[2],
                            "districts", List.of("Dhaka"), "languages", List.of("bn")))))
                    .status()).isEqualTo(201);
        }
    }

    private NodeProcess launch(int n) throws Exception {
        List<String> options = new ArrayList<>(common);
        options.add("--setu.data-dir=" + dataDirs[n]);
        return NodeProcess.setu(env, options, work.resolve("node-" + n + ".log"));
    }

    @AfterAll
    void stop() throws Exception {
        for (NodeProcess node : nodes) {
            if (node != null) {
                node.close();
            }
        }
        if (receiver != null) {
            receiver.stop(0);
        }
        if (mongo != null) {
            mongo.close();
        }
        if (wire != null) {
            wire.close();
        }
    }

    private String openCase(Api api, String category) {
        var reply = api.post("/api/v1/cases", api.token("moe-cw"), Map.of("category", category,
                "migrationStage", "RETURN", "district", "Dhaka", "subject", Map.of("fullName", "Rahima Begum"),
                "consent", Map.of("agencies", List.of("iom-bd"), "purposes", List.of("SERVICE_PROVISION"))));
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        return reply.body().get("caseId").asText();
    }

    private String refer(Api api, String caseId, String urgency) {
        var reply = api.post("/api/v1/cases/" + caseId + "/referrals", api.token("moe-cw"), Map.of("toAgency", "iom-bd",
                "serviceType", "REINTEGRATION", "urgency", urgency, "note", "please help"));
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        return reply.body().get("referralId").asText();
    }

    private JsonNode referral(Api api, String caseId, String referralId) {
        var reply = api.get("/api/v1/cases/" + caseId, api.token("moe-cw"));
        assertThat(reply.status()).isEqualTo(200);
        for (JsonNode r : reply.body().get("referrals")) {
            if (r.get("referralId").asText().equals(referralId)) {
                return r;
            }
        }
        throw new AssertionError("referral " + referralId + " not in " + reply.body());
    }

    @Test
    @Order(1)
    void a_token_issued_by_one_node_is_accepted_by_the_other_and_both_publish_the_same_keys() {
        assertThat(apis[1].get("/api/v1/cases", apis[0].token("moe-cw")).status()).isEqualTo(200);
        assertThat(apis[0].get("/api/v1/cases", apis[1].token("iom-cw")).status()).isEqualTo(200);
        assertThat(apis[0].get("/.well-known/jwks.json", null).body())
                .isEqualTo(apis[1].get("/.well-known/jwks.json", null).body());
    }

    @Test
    @Order(2)
    void the_readme_walk_through_split_across_the_nodes_reads_current_at_every_step() {
        // Each step on the other node than the one before, as a load balancer without affinity would send them.
        Api a = apis[0], b = apis[1];
        String caseId = openCase(a, "RETURN_REINTEGRATION");
        assertThat(b.get("/api/v1/cases/" + caseId, b.token("moe-cw")).status()).isEqualTo(200);
        String referralId = refer(b, caseId, "NORMAL");
        assertThat(a.get("/api/v1/referrals?direction=incoming&size=100", a.token("iom-fp")).body().get("items")
                .findValuesAsText("referralId")).contains(referralId);
        assertThat(b.post("/api/v1/cases/" + caseId + "/referrals/" + referralId + "/accept", b.token("iom-fp"), Map.of())
                .status()).isEqualTo(204);
        assertThat(referral(a, caseId, referralId).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(a.post("/api/v1/cases/" + caseId + "/referrals/" + referralId + "/complete", a.token("iom-fp"),
                Map.of("outcome", "reintegration grant paid")).status()).isEqualTo(204);
        assertThat(referral(b, caseId, referralId).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(b.get("/api/v1/cases/" + caseId, b.token("moe-cw")).body().get("subject").get("fullName").asText())
                .isEqualTo("Rahima Begum");
        for (Api api : apis) {
            assertThat(api.get("/api/v1/cases/" + caseId, api.token("brac-fp")).status()).as("BRAC has no need to know")
                    .isEqualTo(404);
        }
        assertThat(a.get("/api/v1/audit?caseId=" + caseId, a.token("reviewer")).body().get("items")
                .findValuesAsText("action")).contains("CaseOpened", "ReferralRequested", "ReferralAccepted", "ReferralCompleted");
    }

    /** Only the node running the queue's projection pushes its changes; the other's stream polls the store. */
    @Test
    @Order(3)
    void a_referral_made_on_either_node_reaches_the_live_queue_streams_on_both() throws Exception {
        try (SseClient onFirst = SseClient.open(nodes[0].port(), "/api/v1/referrals/stream", apis[0].token("iom-fp"), null);
             SseClient onSecond = SseClient.open(nodes[1].port(), "/api/v1/referrals/stream", apis[1].token("iom-fp"), null)) {
            for (SseClient stream : List.of(onFirst, onSecond)) {
                assertThat(stream.status()).isEqualTo(200);
                assertThat(stream.readUntil(read -> read.stream().anyMatch(m -> "snapshot".equals(m.event())),
                        Duration.ofSeconds(30))).anyMatch(m -> "snapshot".equals(m.event()));
            }
            String caseId = openCase(apis[0], "RETURN_REINTEGRATION");
            String referralId = refer(apis[1], caseId, "NORMAL");
            for (SseClient stream : List.of(onFirst, onSecond)) {
                assertThat(stream.readUntil(read -> read.stream().anyMatch(m -> referralId.equals(m.id())),
                        Duration.ofSeconds(20))).as("the referral reaches the stream on each node")
                        .anyMatch(m -> "referral".equals(m.event()) && referralId.equals(m.id()));
            }
        }
    }

    @Test
    @Order(4)
    void a_referral_accepted_on_one_node_reads_accepted_on_the_other_right_after() {
        for (int i = 0; i < 5; i++) {
            String caseId = openCase(apis[0], "RETURN_REINTEGRATION");
            String referralId = refer(apis[0], caseId, "NORMAL");
            assertThat(apis[1].post("/api/v1/cases/" + caseId + "/referrals/" + referralId + "/accept",
                    apis[1].token("iom-fp"), Map.of()).status()).isEqualTo(204);
            assertThat(referral(apis[0], caseId, referralId).get("status").asText()).isEqualTo("ACCEPTED");
        }
    }

    @Test
    @Order(5)
    void cases_created_concurrently_on_both_nodes_are_all_readable_on_both_at_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Api api = apis[t % 2];
            writers.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    ids.add(openCase(api, "RETURN_REINTEGRATION"));
                }
                return ids;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> writer : writers) {
            all.addAll(writer.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(new HashSet<>(all)).hasSize(32);
        for (String caseId : all) {
            for (Api api : apis) {
                assertThat(api.get("/api/v1/cases/" + caseId, api.token("moe-cw")).status()).isEqualTo(200);
            }
        }
    }

    @Test
    @Order(6)
    void one_audit_chain_verifies_on_both_nodes() {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (Api api : apis) {
                JsonNode verdict = api.get("/api/v1/audit/verify", api.token("reviewer")).body();
                assertThat(verdict.get("valid").asBoolean()).as("%s", verdict).isTrue();
            }
        });
        assertThat(apis[0].get("/api/v1/audit/checkpoint", apis[0].token("reviewer")).body().get("publicKey"))
                .isEqualTo(apis[1].get("/api/v1/audit/checkpoint", apis[1].token("reviewer")).body().get("publicKey"));
    }

    @Test
    @Order(7)
    void an_sla_deadline_escalates_once_with_two_nodes_polling() throws Exception {
        String caseId = openCase(apis[0], "RETURN_REINTEGRATION");
        String referralId = refer(apis[1], caseId, "URGENT");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                referral(apis[0], caseId, referralId).get("escalations").size() > 0);
        Thread.sleep(3000);
        for (Api api : apis) {
            assertThat(referral(api, caseId, referralId).get("escalations").toString()).isEqualTo("[\"DECISION\"]");
        }
    }

    @Test
    @Order(8)
    void each_webhook_message_is_delivered_once_with_two_nodes_delivering() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            deliveries.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        assertThat(apis[0].post("/api/v1/agreements", apis[0].token("admin"), Map.of("partner", "hook-1",
                "eventTypes", List.of("*"), "categories", List.of("DOCUMENTATION"), "identifiers", "PSEUDONYMOUS",
                "validFrom", "2020-01-01T00:00:00Z", "validUntil", "2099-01-01T00:00:00Z", "reason", "two nodes"))
                .status()).isEqualTo(201);
        assertThat(apis[1].post("/api/v1/webhooks", apis[1].partnerToken("hook-1"), Map.of("url",
                "http://localhost:" + receiver.getAddress().getPort() + "/hook")).status()).isEqualTo(201);
        for (int i = 0; i < 6; i++) {
            openCase(apis[i % 2], "DOCUMENTATION");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.size() >= 6);
        Thread.sleep(3000);
        assertThat(deliveries).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(6);
    }

    private Set<String> owners() {
        Set<String> owners = new HashSet<>();
        for (Document token : mongo.getDatabase("setu").getCollection("trackingtokens").find()) {
            owners.add(token.getString("owner"));
        }
        return owners;
    }

    private String nodeId(int n) throws Exception {
        return Files.readString(dataDirs[n].resolve("node-id")).strip();
    }

    @Test
    @Order(9)
    void a_stopped_node_releases_its_claims_at_once_and_comes_back_as_itself() throws Exception {
        String idOfSecond = nodeId(1);
        assertThat(owners()).as("claims carry the stable identities").isSubsetOf(Set.of(nodeId(0), idOfSecond));

        assertThat(nodes[1].stop()).isIn(0, 143);
        assertThat(owners()).as("right after a graceful stop").doesNotContain(idOfSecond);

        nodes[1] = launch(1).awaitReady(Duration.ofSeconds(150));
        apis[1] = new Api(nodes[1].base());
        assertThat(nodeId(1)).isEqualTo(idOfSecond);
        assertThat(apis[1].get("/api/v1/cases", apis[0].token("moe-cw")).status()).isEqualTo(200);
    }

    @Test
    @Order(10)
    void a_node_killed_under_load_loses_nothing_and_the_other_serves_current_reads_within_three_seconds() throws Exception {
        // Kill the node that runs the case views, so that its processors must move.
        int victim = 0;
        for (Document token : mongo.getDatabase("setu").getCollection("trackingtokens").find(new Document("processorName", "case-views"))) {
            victim = nodeId(1).equals(token.getString("owner")) ? 1 : 0;
        }
        int survivor = 1 - victim;
        killed = victim;
        var acknowledged = new ConcurrentLinkedQueue<String>();
        var survivorLatencies = new ConcurrentLinkedQueue<Long>();
        var failures = new ConcurrentLinkedQueue<String>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicBoolean writing = new AtomicBoolean(true);
        for (int t = 0; t < 4; t++) {
            int node = t % 2;
            pool.submit(() -> {
                while (writing.get()) {
                    long started = System.nanoTime();
                    try {
                        acknowledged.add(openCase(apis[node], "RETURN_REINTEGRATION"));
                        if (node == survivor && System.nanoTime() > killedAt.get()) {
                            survivorLatencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                        }
                    } catch (Api.NodeUnreachable | AssertionError gone) {
                        if (node != survivor) {
                            return null;
                        }
                        failures.add(gone.toString());
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                        throw e;
                    }
                }
                return null;
            });
        }
        Thread.sleep(2500);
        killedAt.set(System.nanoTime());
        nodes[victim].kill();
        List<String> beforeKill = List.copyOf(acknowledged);

        Api api = apis[survivor];
        String survivorId = nodeId(survivor);
        long takeover = -1;
        Map<String, Long> takenOverAfter = new TreeMap<>();
        while (System.nanoTime() < killedAt.get() + TimeUnit.SECONDS.toNanos(15)) {
            long now = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt.get());
            Set<String> owners = new HashSet<>();
            for (Document token : mongo.getDatabase("setu").getCollection("trackingtokens").find()) {
                owners.add(token.getString("owner"));
                if (survivorId.equals(token.getString("owner"))) {
                    takenOverAfter.putIfAbsent(token.getString("processorName"), now);
                }
            }
            if (owners.equals(Set.of(survivorId))) {
                takeover = now;
                break;
            }
            Thread.sleep(50);
        }
        // Reads are current at once: every case acknowledged (by either node) is there on the first try, no waiting.
        for (String id : beforeKill) {
            assertThat(api.get("/api/v1/cases/" + id, api.token("moe-cw")).status()).as("case %s", id).isEqualTo(200);
        }
        long readsCurrent = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt.get());
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(killedAt.get() + TimeUnit.SECONDS.toNanos(4) - System.nanoTime())));
        writing.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        System.out.printf("two-nodes failover: %d cases acknowledged before the kill; the survivor held every claim "
                        + "%d ms after the kill (per processor: %s); all of them read back by %d ms; the survivor's "
                        + "writes answered after the kill took %s ms; survivor failures: %s%n", beforeKill.size(),
                takeover, takenOverAfter, readsCurrent, survivorLatencies, failures);

        assertThat(beforeKill).as("writes under way when the node was killed").hasSizeGreaterThan(5);
        assertThat(failures).as("the survivor refused no write").isEmpty();
        assertThat(takeover).as("ms from the kill until the survivor holds every processor").isBetween(0L, 3000L);
        for (String id : acknowledged) {
            assertThat(api.get("/api/v1/cases/" + id, api.token("moe-cw")).status()).as("case %s", id).isEqualTo(200);
        }
    }

    @Test
    @Order(11)
    void a_rolling_restart_of_both_nodes_under_writes_loses_no_acknowledged_write() throws Exception {
        if (killed >= 0) {
            nodes[killed] = launch(killed).awaitReady(Duration.ofSeconds(150));
            apis[killed] = new Api(nodes[killed].base());
        }
        var acknowledged = new ConcurrentLinkedQueue<String>();
        var unanswered = new ConcurrentLinkedQueue<String>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int preferred = t % 2;
            pool.submit(() -> {
                while (writing.get()) {
                    String id = openCaseOnEither(preferred);
                    if (id == null) {
                        unanswered.add("both nodes refused or were unreachable");
                    } else {
                        acknowledged.add(id);
                    }
                }
                return null;
            });
        }
        for (int n = 0; n < 2; n++) {
            Thread.sleep(1500);
            assertThat(nodes[n].stop()).isIn(0, 143);
            int during = acknowledged.size();
            nodes[n] = launch(n).awaitReady(Duration.ofSeconds(150));
            apis[n] = new Api(nodes[n].base());
            assertThat(acknowledged.size()).as("the other node went on taking writes while node %d restarted", n)
                    .isGreaterThan(during);
        }
        Thread.sleep(1500);
        writing.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        System.out.printf("two-nodes rolling restart: %d cases acknowledged, %d writes found no node%n",
                acknowledged.size(), unanswered.size());
        assertThat(unanswered).as("one node was always up").isEmpty();
        for (String id : acknowledged) {
            for (Api api : apis) {
                assertThat(api.get("/api/v1/cases/" + id, api.token("moe-cw")).status()).as("case %s", id).isEqualTo(200);
            }
        }
    }

    @Test
    @Order(12)
    void a_rebuild_asked_on_the_node_without_the_projections_claim_rebuilds_it_and_both_nodes_go_on() throws Exception {
        // A load balancer may send the administrator to the node that does not run the projection.
        String holderId = null;
        for (Document token : mongo.getDatabase("setu").getCollection("trackingtokens")
                .find(new Document("processorName", "caseloads"))) {
            holderId = token.getString("owner") == null ? holderId : token.getString("owner");
        }
        assertThat(holderId).as("a node holds the case lists' claim").isIn(nodeId(0), nodeId(1));
        int asked = nodeId(0).equals(holderId) ? 1 : 0;
        System.out.printf("two-nodes rebuild: caseloads claimed by node %d, rebuild asked on node %d%n", 1 - asked, asked);
        String admin = apis[asked].token("admin");
        var started = apis[asked].post("/api/v1/admin/projections/caseloads/rebuild", admin, Map.of());
        assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
        String otherAdmin = apis[1 - asked].token("admin");
        var again = apis[1 - asked].post("/api/v1/admin/projections/caseloads/rebuild", otherAdmin, Map.of());
        assertThat(again.status()).as("one rebuild at a time across the nodes: %s", again.body()).isEqualTo(409);
        for (Api api : apis) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(api.get("/api/v1/admin/projections/caseloads/rebuild", api.token("admin")).body()
                            .get("state").asText()).as("every node answers the same run").isEqualTo("DONE"));
        }

        String after = openCase(apis[1 - asked], "RETURN_REINTEGRATION");
        for (Api api : apis) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get("/api/v1/cases?size=100",
                    api.token("moe-cw")).body().toString()).as("the rebuilt case list goes on").contains(after));
        }
    }

    /** Opens a case as a load balancer would: on the preferred node, else on the other; null when neither answers 201. */
    private String openCaseOnEither(int preferred) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Api api = apis[(preferred + attempt) % 2];
            try {
                var reply = api.post("/api/v1/cases", api.token("moe-cw"), Map.of("category", "RETURN_REINTEGRATION",
                        "migrationStage", "RETURN", "district", "Dhaka", "subject", Map.of("fullName", "Rahima Begum"),
                        "consent", Map.of("agencies", List.of("iom-bd"), "purposes", List.of("SERVICE_PROVISION"))));
                if (reply.status() == 201) {
                    return reply.body().get("caseId").asText();
                }
            } catch (Api.NodeUnreachable | NullPointerException stopping) {
                // a node going down answers nothing, or a token request fails half-way: try the other
            }
        }
        return null;
    }
}
