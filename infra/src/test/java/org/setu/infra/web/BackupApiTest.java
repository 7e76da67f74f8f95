package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.setu.infra.support.TestMongo;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/** The online backup's endpoints: only the secretariat's admins start and follow one; unknown ids are 404. */
class BackupApiTest extends ApiTestBase {

    @Test
    void an_admin_starts_a_backup_and_follows_it_to_done() {
        assumeThat(TestMongo.realServerUri()).as("online backups are of the embedded store").isNull();
        String location = post("/api/v1/admin/backups", "admin", Map.of()).expectStatus().isAccepted()
                .expectHeader().valueMatches("Location", "/api/v1/admin/backups/\\d{8}T\\d{6}Z-[0-9a-f]{6}")
                .expectBody().jsonPath("$.state").isEqualTo("RUNNING").returnResult().getResponseHeaders().getFirst("Location");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(location, "admin").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DONE").jsonPath("$.bytesDone").isNumber());
        String backupId = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=BackupStarted", "reviewer")
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].actor").isEqualTo("admin")
                .jsonPath("$.items[0].reason").value(reason -> assertThat((String) reason)
                        .startsWith("backup " + backupId + ": ").endsWith(" bytes of store")));
    }

    @Test
    void only_the_secretariat_admin_may_start_or_read_a_backup() {
        post("/api/v1/admin/backups", "moe-admin", Map.of()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").value(t -> assertThat((String) t).endsWith("/role-required"));
        get("/api/v1/admin/backups/20260101T000000Z-abcdef", "reviewer").expectStatus().isForbidden();
    }

    @Test
    void an_unknown_or_malformed_backup_id_is_not_found() {
        for (String id : new String[]{"20260101T000000Z-abcdef", "not-a-backup"}) {
            get("/api/v1/admin/backups/" + id, "admin").expectStatus().isNotFound()
                    .expectBody().jsonPath("$.type").value(t -> assertThat((String) t)
                            .endsWith("/backup-not-found"));
        }
    }
}
