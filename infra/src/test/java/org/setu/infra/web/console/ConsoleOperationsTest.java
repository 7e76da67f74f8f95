package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.support.TestMongo;
import org.setu.infra.web.ApiTestBase;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The secretariat administrator's operations page over plain HTTP, through the API's own admin handlers: views to
 * rebuild with their progress, the backup, refusals on the page, and nobody else let in.
 */
class ConsoleOperationsTest extends ApiTestBase {

    private static final String PASSWORD = "test-password";
    private static final String PAGE = "/console/operations";

    private ConsoleClient admin() {
        var admin = new ConsoleClient(web);
        admin.login("admin", PASSWORD);
        assertThat(admin.get(PAGE).getStatus().value()).isEqualTo(200);
        return admin;
    }

    @Test
    void the_page_lists_every_rebuildable_view_by_its_name_with_a_button_each() {
        var admin = admin();
        assertThat(admin.lastBody).contains("<h1 class=\"govuk-heading-l\">Operations</h1>", "id=\"projections\"",
                "Case lists", "<code>caseloads</code>", "Referral queues (My work)", "Recruitment indicators",
                "id=\"rebuild-caseloads\"", "action=\"/console/operations/projections/caseloads/rebuild\"",
                "aria-label=\"Rebuild Case lists\"", "id=\"rebuild-network-indicators\"");
        assertThat(admin.lastBody).as("the audit trail is never rebuilt").doesNotContain("id=\"rebuild-audit-trail\"");
    }

    @Test
    void a_rebuild_started_from_the_page_shows_its_progress_and_a_second_one_is_refused_on_the_page() {
        var admin = admin();
        var started = admin.post(PAGE + "/projections/agency-directory/rebuild", true);
        assertThat(started.getStatus().value()).isEqualTo(303);
        assertThat(ConsoleClient.location(started)).isEqualTo(PAGE + "?done=rebuildStarted&group=agency-directory");
        var again = admin.post(PAGE + "/projections/agency-directory/rebuild", true);
        assertThat(again.getStatus().value()).isEqualTo(409);
        assertThat(admin.lastBody).contains("A rebuild is already running.", "href=\"#rebuild-agency-directory\"");

        admin.get(ConsoleClient.location(started));
        assertThat(admin.lastBody).contains("The rebuild of Agency directory has started.");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            admin.get(PAGE);
            assertThat(admin.lastBody).containsPattern("id=\"rebuild-state-agency-directory\">\\s*<strong class=\"govuk-tag "
                    + "govuk-tag--green\">Done</strong>\\s*<span>[0-9,]+ events, finished ");
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> get("/api/v1/audit?type=ProjectionRebuildStarted",
                "reviewer").expectBody().jsonPath("$.items[0].actor").isEqualTo("admin"));
    }

    @Test
    void an_unknown_view_is_refused_on_the_page() {
        var admin = admin();
        assertThat(admin.post(PAGE + "/projections/nonsense/rebuild", true).getStatus().value()).isEqualTo(404);
        assertThat(admin.lastBody).contains("There is no such view.", "id=\"projections\"");
    }

    @Test
    void a_backup_started_from_the_page_is_shown_with_its_progress() {
        assumeThat(TestMongo.realServerUri()).as("online backups are of the embedded store").isNull();
        var admin = admin();
        assertThat(admin.lastBody).contains("id=\"backup\"", "Start a backup").doesNotContain("id=\"backup-unavailable\"");
        var started = admin.post(PAGE + "/backups", true);
        assertThat(started.getStatus().value()).isEqualTo(303);
        String location = ConsoleClient.location(started);
        assertThat(location).matches("/console/operations\\?done=backupStarted&backup=\\d{8}T\\d{6}Z-[0-9a-f]{6}");
        String id = location.substring(location.lastIndexOf('=') + 1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            admin.get(location);
            assertThat(admin.lastBody).contains("Backup " + id + " has started.", "id=\"backup-status\"",
                    "<code>" + id + "</code>", "govuk-tag--green\">Done</strong>");
        });
    }

    @Test
    void a_done_message_the_address_makes_up_is_not_shown() {
        var admin = new ConsoleClient(web);
        admin.login("admin", PASSWORD);
        admin.get(PAGE + "?done=rebuildStarted&group=everything-was-deleted");
        assertThat(admin.lastBody).doesNotContain("govuk-notification-banner", "everything-was-deleted");
        admin.get(PAGE + "?done=deadLettersRetried&group=caseloads&count=-5");
        assertThat(admin.lastBody).doesNotContain("govuk-notification-banner");
        admin.get(PAGE + "?done=backupStarted&backup=20260101T000000Z-abcdef");
        assertThat(admin.lastBody).doesNotContain("govuk-notification-banner", "id=\"backup-status\"");
    }

    @Test
    void only_the_secretariats_administrator_may_open_the_page_or_start_anything() {
        for (String user : new String[]{"reviewer", "moe-cw", "moe-admin"}) {
            var client = new ConsoleClient(web);
            client.login(user, PASSWORD);
            assertThat(client.get(PAGE).getStatus().value()).as(user).isEqualTo(403);
            client.get("/console");
            assertThat(client.post(PAGE + "/projections/caseloads/rebuild", true).getStatus().value()).as(user)
                    .isEqualTo(403);
            assertThat(client.post(PAGE + "/backups", true).getStatus().value()).as(user).isEqualTo(403);
        }
    }
}
