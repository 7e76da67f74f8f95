package org.setu.infra.backup;

import org.junit.jupiter.api.Test;
import org.setu.infra.privacy.MasterKey;
import org.setu.infra.support.TestMongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * An online backup taken while cases are being opened restores into a fresh data directory (with the master key
 * brought from where it is kept): every case acknowledged before the backup began is there, the audit chain
 * verifies, and every projection equals its rebuild from the restored log.
 */
class BackupRestoreTest {

    private static final List<String> PROJECTIONS = List.of("case-views", "caseloads", "referral-queues",
            "agency-directory", "network-indicators");
    private static final String CASE = "{\"category\":\"RETURN_REINTEGRATION\",\"migrationStage\":\"RETURN\",\"district\":"
            + "\"Dhaka\",\"countryOfDestination\":\"SA\",\"subject\":{\"fullName\":\"Rahima Begum\",\"dateOfBirth\":"
            + "\"1990-01-31\",\"sex\":\"F\"},\"consent\":{\"agencies\":[\"iom-bd\"],\"purposes\":[\"SERVICE_PROVISION\"]}}";

    @Test
    void a_backup_under_write_load_restores_every_acknowledged_case_a_valid_chain_and_rebuildable_views() throws Exception {
        assumeThat(TestMongo.realServerUri()).as("online backups are of the embedded store").isNull();
        Path source = TestMongo.newDataDir();
        Path backups = TestMongo.newDataDir();
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<String> ackedBeforeBackup;
        String backupId;
        try (RunningSetu setu = new RunningSetu(source, backups)) {
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                Thread writer = new Thread(() -> {
                    while (!stop.get()) {
                        RunningSetu.Answer opened = setu.post("/api/v1/cases", "amina", CASE);
                        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
                        String caseId = opened.json().get("caseId").asText();
                        if (acknowledged.size() % 4 == 0) {
                            setu.post("/api/v1/cases/" + caseId + "/referrals", "amina",
                                    "{\"toAgency\":\"iom-bd\",\"serviceType\":\"REINTEGRATION\",\"urgency\":\"NORMAL\"}");
                        }
                        acknowledged.add(caseId);
                    }
                });
                writer.start();
                writers.add(writer);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 40);
            ackedBeforeBackup = List.copyOf(acknowledged);
            RunningSetu.Answer started = setu.post("/api/v1/admin/backups", "sec-admin", "");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            backupId = started.json().get("backupId").asText();
            assertThat(started.location()).isEqualTo("/api/v1/admin/backups/" + backupId);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    setu.get(started.location(), "sec-admin").json().get("state").asText().equals("DONE"));
            int cases = acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= cases + 10);
            stop.set(true);
            for (Thread writer : writers) {
                writer.join(30_000);
            }
        }

        Path restored = TestMongo.newDataDir();
        assertThat(backups.resolve(backupId).resolve(MasterKey.FILE)).as("the master key is kept apart").doesNotExist();
        Files.copy(source.resolve(MasterKey.FILE), restored.resolve(MasterKey.FILE));
        try (RunningSetu setu = new RunningSetu(restored, backups, "--setu.backup.restore=" + backups.resolve(backupId))) {
            for (String caseId : ackedBeforeBackup) {
                RunningSetu.Answer read = setu.get("/api/v1/cases/" + caseId, "amina");
                assertThat(read.status()).as("case %s, acknowledged before the backup", caseId).isEqualTo(200);
                assertThat(read.json().get("subject").get("fullName").asText()).isEqualTo("Rahima Begum");
            }
            var verified = setu.get("/api/v1/audit/verify", "reviewer").json();
            assertThat(verified.get("valid").asBoolean()).as("the restored chain: %s", verified).isTrue();
            Map<String, String> before = views(setu, ackedBeforeBackup);
            for (String projection : PROJECTIONS) {
                assertThat(setu.post("/api/v1/admin/projections/" + projection + "/rebuild", "sec-admin", "").status())
                        .isEqualTo(202);
            }
            for (String projection : PROJECTIONS) {
                await().atMost(Duration.ofSeconds(60)).until(() -> setu.get("/api/v1/admin/projections/" + projection
                        + "/rebuild", "sec-admin").json().get("state").asText().equals("DONE"));
            }
            assertThat(views(setu, ackedBeforeBackup)).isEqualTo(before);
            assertThat(setu.get("/api/v1/audit/verify", "reviewer").json().get("valid").asBoolean()).isTrue();
        }
    }

    private static Map<String, String> views(RunningSetu setu, List<String> cases) {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("caseload", setu.get("/api/v1/cases?size=100", "amina").body());
        views.put("iom incoming", setu.get("/api/v1/referrals?direction=incoming&size=100", "nadia").body());
        views.put("directory", setu.get("/api/v1/agencies", "amina").body());
        views.put("indicators", setu.get("/api/v1/indicators", "reviewer").body());
        cases.subList(0, 20).forEach(id -> views.put(id, setu.get("/api/v1/cases/" + id, "amina").body()));
        return views;
    }
}
