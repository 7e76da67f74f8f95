package org.setu.infra.web.console;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail filtered by event type and days, and the service directory, over plain HTTP. */
class ConsoleAuditDirectoryTest extends ApiTestBase {

    private static final String PASSWORD = "test-password";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Dhaka"));

    private static String bengaliDigits(String latin) {
        StringBuilder out = new StringBuilder();
        latin.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('০' + c - '0') : (char) c));
        return out.toString();
    }

    @Test
    void the_reviewer_filters_the_trail_by_event_type_and_by_days_and_a_day_that_is_none_is_marked() {
        openCase();
        var reviewer = new ConsoleClient(web);
        reviewer.login("reviewer", PASSWORD);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            reviewer.get("/console/audit?type=CaseOpened");
            assertThat(reviewer.lastBody).contains(">CaseOpened<");
        });
        assertThat(reviewer.lastBody).doesNotContain(">AgencyRegistered<", ">CaseViewed<")
                .contains("value=\"CaseOpened\"", "<option value=\"CaseViewed\">", "<option value=\"AgencyRegistered\">");
        reviewer.get("/console/audit?type=AgencyRegistered");
        assertThat(reviewer.lastBody).contains(">AgencyRegistered<").doesNotContain(">CaseOpened<");

        String yesterday = TODAY.minusDays(1).toString();
        reviewer.get("/console/audit?type=CaseOpened&from=" + yesterday + "&to=" + yesterday);
        assertThat(reviewer.lastBody).contains("No entry matches").doesNotContain(">CaseOpened<");
        reviewer.get("/console/audit?type=CaseOpened&from=" + bengaliDigits(TODAY.toString()) + "&to=" + TODAY);
        assertThat(reviewer.lastBody).contains(">CaseOpened<", "id=\"audit-count\"");

        var refused = reviewer.get("/console/audit?from=2026-13-45");
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(reviewer.lastBody).contains("href=\"#audit-from\"", "id=\"audit-from-error\"", "value=\"2026-13-45\"")
                .doesNotContain("id=\"audit-count\"");
        var caseworker = new ConsoleClient(web);
        caseworker.login("moe-cw", PASSWORD);
        assertThat(caseworker.get("/console/audit?type=CaseOpened").getStatus().value()).isEqualTo(403);
    }

    @Test
    void the_trail_pages_beyond_its_newest_fifty_entries_and_the_links_keep_the_filters() {
        String caseId = openCase();
        for (int i = 0; i < 55; i++) {
            get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk();
        }
        var reviewer = new ConsoleClient(web);
        reviewer.login("reviewer", PASSWORD);
        String filtered = "/console/audit?caseId=" + caseId + "&type=CaseViewed";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            reviewer.get(filtered);
            assertThat(reviewer.lastBody).contains("55 entries match");
        });
        assertThat(occurrences(reviewer.lastBody, ">CaseViewed<")).as("the newest 50").isEqualTo(50);
        assertThat(reviewer.lastBody).contains("Page 1 of 2").doesNotContain("rel=\"prev\"");
        Matcher next = Pattern.compile("rel=\"next\"\\s+href=\"([^\"]+)\"").matcher(reviewer.lastBody);
        assertThat(next.find()).as("a link to the next page").isTrue();
        String nextPage = next.group(1).replace("&amp;", "&");
        assertThat(nextPage).contains("page=1", "caseId=" + caseId, "type=CaseViewed");

        reviewer.get(nextPage);
        assertThat(occurrences(reviewer.lastBody, ">CaseViewed<")).as("the oldest 5").isEqualTo(5);
        assertThat(reviewer.lastBody).contains("Page 2 of 2", "rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void the_directory_finds_active_agencies_by_service_district_and_language() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        register("dir-a-" + suffix, "Tracing Bogura " + suffix, "en");
        register("dir-s-" + suffix, "Suspended Tracing " + suffix, "en");
        post("/api/v1/agencies/dir-s-" + suffix + "/suspend", "admin", Map.of("reason", "test")).expectStatus().isNoContent();

        var staff = new ConsoleClient(web);
        staff.login("ngo-cw", PASSWORD);
        assertThat(staff.get("/console/directory").getStatus().value()).isEqualTo(200);
        assertThat(staff.lastBody).contains("href=\"/console/directory\"", "Tracing Bogura " + suffix)
                .doesNotContain("Suspended Tracing " + suffix);
        staff.get("/console/directory?service=FAMILY_TRACING&district=Bogura&language=en");
        assertThat(staff.lastBody).contains("Tracing Bogura " + suffix, "<option value=\"Bogura\" selected")
                .doesNotContain("Suspended Tracing " + suffix, "IOM-BD");
        staff.get("/console/directory?service=FAMILY_TRACING&district=Bogura&language=bn");
        assertThat(staff.lastBody).doesNotContain("Tracing Bogura " + suffix);
        staff.get("/console/directory?service=FAMILY_TRACING&district=Dhaka");
        assertThat(staff.lastBody).doesNotContain("Tracing Bogura " + suffix);
        staff.get("/console/directory?service=FAMILY_TRACING&district=Bogura&lang=bn");
        assertThat(staff.lastBody).contains("lang=\"bn\"", "সেবা-নির্দেশিকা", "Tracing Bogura " + suffix);
    }

    private void register(String id, String name, String language) {
        post("/api/v1/agencies", "admin", Map.of("agencyId", id, "name", name, "type", "NGO", "services",
                List.of(Map.of("serviceType", "FAMILY_TRACING", "districts", List.of("Bogura"), "languages", List.of(language)))))
                .expectStatus().isCreated();
    }
}
