package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recruiting agency pages and the recruitment dashboard over plain HTTP: the secretariat administrator's forms
 * (entering a licence, deployments, a sanction, deciding an appeal) with the API's refusals on them, the agency's
 * representative appealing on its own scorecard, the licence status as the API computes it, and the dashboard and
 * its CSV for the secretariat only.
 */
class ConsoleRecruitingAgenciesTest extends ApiTestBase {

    static final String PASSWORD = "test-password";

    @Test
    void the_administrator_enters_an_agency_records_deployments_and_a_refused_field_is_marked() {
        String licence = "RL-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        var admin = new ConsoleClient(web);
        admin.login("admin", PASSWORD);
        admin.get("/console/recruitment/agencies");
        assertThat(admin.lastBody).contains("id=\"enter\"");
        var bad = admin.post("/console/recruitment/agencies", true, "licence", "XX-1", "name", "Sonar Bangla Overseas",
                "district", "Dhaka");
        assertThat(bad.getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("id=\"enter-licence-error\"", "value=\"Sonar Bangla Overseas\"");
        var entered = admin.post("/console/recruitment/agencies", true, "licence", licence, "name",
                "Sonar Bangla Overseas", "district", "Dhaka");
        assertThat(ConsoleClient.location(entered)).isEqualTo("/console/recruitment/agencies/" + licence + "?done=agency.entered");

        String page = "/console/recruitment/agencies/" + licence;
        admin.get(page);
        var badMonth = admin.post(page + "/deployments", true, "month", "March", "workers", "120", "women", "31");
        assertThat(badMonth.getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("id=\"deployments-month-error\"");
        admin.post(page + "/deployments", true, "month", "২০২৬-০৩", "workers", "১,২০০", "women", "310");
        admin.get(page + "?lang=bn");
        assertThat(admin.lastBody).contains("১,২০০", "৩১০", "লাইসেন্স বহাল", "Sonar Bangla Overseas");

        var caseworker = new ConsoleClient(web);
        caseworker.login("moe-cw", PASSWORD);
        caseworker.get(page);
        assertThat(caseworker.lastBody).contains("Sonar Bangla Overseas").doesNotContain("id=\"sanction\"", "id=\"deployments\"");
        var refused = caseworker.post(page + "/sanctions", true, "kind", "WARNING", "reason", "x");
        assertThat(refused.getStatus().value()).as("the API's role check").isEqualTo(403);
        caseworker.get("/console/recruitment/agencies/RL-0000001");
        assertThat(caseworker.lastBody).contains("<title>Page not found");
    }

    @Test
    void a_suspension_shows_on_the_scorecard_the_agency_appeals_it_and_the_overturned_sanction_leaves_the_licence() {
        String licence = "RL-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        post("/api/v1/recruiting-agencies", "admin", Map.of("licence", licence, "name", "Agency " + licence,
                "district", "Dhaka")).expectStatus().isCreated();
        String complaint = (String) post("/api/v1/complaints", "moe-cw", Map.of("recruitingAgency", licence,
                "channel", "HELPLINE", "categories", List.of("EXCESS_FEES"), "countryOfDestination", "SA",
                "complainant", Map.of("fullName", "Rahima Begum", "sex", "F"), "costPaidBdt", 450_000,
                "monthlyWageBdt", 30_000)).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("complaintId");
        String page = "/console/recruitment/agencies/" + licence;
        var admin = new ConsoleClient(web);
        admin.login("admin", PASSWORD);
        admin.get(page);
        assertThat(admin.lastBody).as("the complaints against it are offered to cite").contains("value=\"" + complaint + "\"");
        var uncited = admin.post(page + "/sanctions", true, "kind", "SUSPENSION", "suspensionDays", "90", "reason", "fees");
        assertThat(uncited.getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("id=\"sanction-complaintIds-error\"");
        admin.post(page + "/sanctions", true, "kind", "SUSPENSION", "suspensionDays", "90", "reason", "fees",
                "complaintIds", complaint);
        assertThat(indicatorsOf(licence)).as("unresolved; one sanction; sanctioned within the day")
                .endsWith(",,false,0.000");
        admin.get(page);
        assertThat(admin.lastBody).contains("Suspended", "Suspension of the licence", "90");
        String sanction = admin.lastBody.replaceAll("(?s).*id=\"sanction-(S[0-9a-f-]+)\".*", "$1");

        var other = new ConsoleClient(web);
        other.login("rec-0456", PASSWORD);
        other.get(page);
        assertThat(other.lastBody).as("another licence's representative may not appeal").doesNotContain("id=\"appeal-" + sanction + "\"");

        var appealed = admin.post(page + "/sanctions/" + sanction + "/appeal", true, "grounds", "The fee was refunded");
        assertThat(ConsoleClient.location(appealed)).endsWith("?done=agency.appeal");
        admin.get(page);
        assertThat(admin.lastBody).contains("waiting for the secretariat", "id=\"decision-" + sanction + "\"");
        var undecided = admin.post(page + "/sanctions/" + sanction + "/decision", true, "reason", "refunded");
        assertThat(undecided.getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("id=\"decision-" + sanction + "-outcome-error\"");
        admin.post(page + "/sanctions/" + sanction + "/decision", true, "outcome", "OVERTURNED", "reason", "refunded");
        admin.get(page);
        assertThat(admin.lastBody).contains("Overturned", "govuk-tag--green\">Licensed");
        assertThat(indicatorsOf(licence)).as("an overturned sanction counts as never imposed").endsWith(",,false,");
        var reviewer = new ConsoleClient(web);
        reviewer.login("reviewer", PASSWORD);
        reviewer.get("/console/recruitment/indicators?licence=" + licence + "&lang=bn");
        assertThat(reviewer.lastBody).contains("নিষ্পত্তিতে লাগা দিন, ৯০তম পার্সেন্টাইল", "বারবার শাস্তিপ্রাপ্ত");
    }

    /** The CSV row of all complainants of the licence this month: its last columns are the p90, flag and days to sanction. */
    private String indicatorsOf(String licence) {
        String csv = web.get().uri("/api/v1/indicators/recruitment?licence=" + licence)
                .header("Authorization", bearer("reviewer")).header("Accept", "text/csv").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return csv.lines().filter(line -> line.startsWith(licence + ",") && line.contains(",ALL,")).findFirst().orElseThrow();
    }

    @Test
    void the_dashboard_and_its_csv_are_for_the_secretariat_only() {
        var reviewer = new ConsoleClient(web);
        reviewer.login("reviewer", PASSWORD);
        reviewer.get("/console/recruitment/indicators");
        assertThat(reviewer.lastBody).contains("Recruitment dashboard", "href=\"/console/recruitment/indicators.csv\"");
        var csv = reviewer.get("/console/recruitment/indicators.csv?from=2026-01");
        assertThat(csv.getResponseHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("setu-recruitment-indicators.csv");
        assertThat(reviewer.lastBody).startsWith("licence,month,sex,complaints,deployed,per_1000_deployed")
                .contains(",sdg_10_7_1_median_by_destination,p90_days_to_resolution,repeat_offender,median_days_to_sanction\n");
        var badMonth = reviewer.get("/console/recruitment/indicators?from=March");
        assertThat(badMonth.getStatus().value()).isEqualTo(400);

        var caseworker = new ConsoleClient(web);
        caseworker.login("moe-cw", PASSWORD);
        var refused = caseworker.get("/console/recruitment/indicators");
        assertThat(refused.getStatus().value()).isEqualTo(403);
        assertThat(caseworker.lastBody).doesNotContain("id=\"charts\"");
        assertThat(caseworker.get("/console/recruitment/indicators.csv").getStatus().value()).isEqualTo(403);
        caseworker.get("/console/recruitment");
        assertThat(caseworker.lastBody).as("no dashboard link for agency staff")
                .doesNotContain("href=\"/console/recruitment/indicators\"");
    }

    @Test
    void the_administrator_registers_sub_agents_once_each_and_everyone_signed_in_sees_them() {
        String licence = "RL-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        post("/api/v1/recruiting-agencies", "admin", Map.of("licence", licence, "name", "Agency " + licence,
                "district", "Dhaka")).expectStatus().isCreated();
        String path = "/api/v1/recruiting-agencies/" + licence + "/sub-agents";
        post(path, "admin", Map.of("registration", "SA-0042", "name", "Abul Kalam", "district", "Cumilla"))
                .expectStatus().isCreated().expectBody().jsonPath("$.registration").isEqualTo("SA-0042");
        post(path, "admin", Map.of("registration", "SA-0042", "name", "Abul Kalam", "district", "Cumilla"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
                .isEqualTo("https://setu.example/problems/sub-agent-already-registered");
        post(path, "admin", Map.of("registration", "SA 42; x", "name", "X", "district", "Dhaka"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("registration");
        post(path, "moe-fp", Map.of("registration", "SA-0043", "name", "X", "district", "Dhaka")).expectStatus().isForbidden();
        post("/api/v1/recruiting-agencies/RL-0000002/sub-agents", "admin",
                Map.of("registration", "SA-0043", "name", "X", "district", "Dhaka")).expectStatus().isNotFound();
        get("/api/v1/recruiting-agencies/" + licence, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.subAgents[0].registration").isEqualTo("SA-0042")
                .jsonPath("$.subAgents[0].name").isEqualTo("Abul Kalam");

        String page = "/console/recruitment/agencies/" + licence;
        var admin = new ConsoleClient(web);
        admin.login("admin", PASSWORD);
        admin.get(page);
        assertThat(admin.lastBody).contains("id=\"sub-agents\"", "SA-0042", "id=\"subagent\"");
        var twice = admin.post(page + "/sub-agents", true, "registration", "SA-0042", "name", "Abul Kalam", "district", "Cumilla");
        assertThat(twice.getStatus().value()).isEqualTo(409);
        assertThat(admin.lastBody).contains("This registration number is registered with the agency already.");
        var added = admin.post(page + "/sub-agents", true, "registration", "SA-0077", "name", "Rokeya Sultana", "district", "Sylhet");
        assertThat(ConsoleClient.location(added)).isEqualTo(page + "?done=agency.subagent");
        var caseworker = new ConsoleClient(web);
        caseworker.login("moe-cw", PASSWORD);
        caseworker.get(page + "?lang=bn");
        assertThat(caseworker.lastBody).contains("নিবন্ধিত সাব-এজেন্ট", "Rokeya Sultana").doesNotContain("id=\"subagent\"");

        String known = fileVia(licence, "  rokeya   SULTANA ");
        get("/api/v1/complaints/" + known, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.subAgentRegistered").isEqualTo(true).jsonPath("$.subAgentRegistration").isEqualTo("SA-0077");
        String byNumber = fileVia(licence, "SA-0042");
        get("/api/v1/complaints/" + byNumber, "moe-cw").expectBody().jsonPath("$.subAgentRegistration").isEqualTo("SA-0042");
        String unknown = fileVia(licence, "Kamal the dalal");
        get("/api/v1/complaints/" + unknown, "moe-cw").expectBody().jsonPath("$.subAgentRegistered").isEqualTo(false)
                .jsonPath("$.subAgentRegistration").doesNotExist();
        caseworker.get("/console/recruitment/complaints/" + unknown);
        assertThat(caseworker.lastBody).contains("id=\"sub-agent-register\"", "Not on the agency&#39;s register of sub-agents");
    }

    private String fileVia(String licence, String subAgent) {
        return (String) post("/api/v1/complaints", "moe-cw", Map.of("recruitingAgency", licence, "subAgent", subAgent,
                "channel", "HELPLINE", "categories", List.of("EXCESS_FEES"), "countryOfDestination", "SA",
                "complainant", Map.of("fullName", "Rahima Begum", "sex", "F"))).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId");
    }
}
