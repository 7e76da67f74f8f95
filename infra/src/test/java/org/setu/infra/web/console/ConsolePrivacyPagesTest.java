package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's privacy screens and audit downloads over plain HTTP: break-glass with a reason and a duration,
 * then the case page counting the grant down; erasure only after the case id is typed again; role refusals.
 */
class ConsolePrivacyPagesTest extends ApiTestBase {

    static final String PASSWORD = "test-password";

    @Test
    void a_reviewer_opens_emergency_access_with_a_reason_and_the_case_page_counts_it_down() {
        String caseId = openCase();
        var reviewer = new ConsoleClient(web);
        reviewer.login("reviewer", PASSWORD);
        assertThat(reviewer.get("/console/cases/" + caseId).getStatus().value()).as("no access without a grant").isEqualTo(404);
        reviewer.get("/console/break-glass?caseId=" + caseId);
        assertThat(reviewer.lastBody).contains("id=\"break-glass\"", "value=\"" + caseId + "\"");
        var noReason = reviewer.post("/console/break-glass", true, "caseId", caseId, "duration", "2");
        assertThat(noReason.getStatus().value()).isEqualTo(400);
        assertThat(reviewer.lastBody).contains("id=\"break-glass-reason-error\"", "govuk-form-group--error");
        var unknown = reviewer.post("/console/break-glass", true, "caseId", "C00000000-0000-0000-0000-000000000000",
                "reason", "child at risk", "duration", "2");
        assertThat(unknown.getStatus().value()).isEqualTo(404);
        assertThat(reviewer.lastBody).as("an unknown case is marked on the form")
                .contains("id=\"break-glass-caseId-error\"", "id=\"break-glass\"");
        var tooLong = reviewer.post("/console/break-glass", true, "caseId", caseId, "reason", "x", "duration", "9");
        assertThat(tooLong.getStatus().value()).isEqualTo(400);
        assertThat(reviewer.lastBody).contains("id=\"break-glass-duration-error\"");

        var granted = reviewer.post("/console/break-glass", true, "caseId", caseId, "reason", "child at risk", "duration", "2");
        assertThat(ConsoleClient.location(granted)).isEqualTo("/console/cases/" + caseId + "?done=breakGlass");
        reviewer.get(ConsoleClient.location(granted));
        assertThat(reviewer.lastBody).contains("Emergency access is open.", "Rahima Begum", "id=\"glass-countdown\"")
                .containsPattern("Your emergency access ends in (1 hour, 59 minutes|2 hours)")
                .contains("hx-get=\"/console/break-glass/countdown?caseId=" + caseId + "\"");
        reviewer.get("/console/break-glass/countdown?caseId=" + caseId);
        assertThat(reviewer.lastBody).startsWith("<div").contains("Your emergency access ends in").doesNotContain("Rahima");

        var lead = new ConsoleClient(web);
        lead.login("moe-cw", PASSWORD);
        lead.get("/console/cases/" + caseId);
        assertThat(lead.lastBody).contains("secretariat reviewer with emergency access until")
                .contains("The secretariat opened emergency access to the case.");
    }

    @Test
    void an_administrator_erases_the_person_only_after_typing_the_case_id_again() {
        String caseId = openCase();
        var admin = new ConsoleClient(web);
        admin.login("admin", PASSWORD);
        admin.get("/console/erasure");
        assertThat(admin.lastBody).contains("id=\"erase\"", "This cannot be undone");
        var mismatch = admin.post("/console/erasure", true, "caseId", caseId, "reason", "the person asked", "confirm", "C1");
        assertThat(mismatch.getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("id=\"erase-confirm-error\"", "does not match");
        var lead = new ConsoleClient(web);
        lead.login("moe-cw", PASSWORD);
        lead.get("/console/cases/" + caseId);
        assertThat(lead.lastBody).as("nothing was erased yet").contains("Rahima Begum");

        var erased = admin.post("/console/erasure", true, "caseId", caseId, "reason", "the person asked", "confirm", caseId);
        assertThat(ConsoleClient.location(erased)).isEqualTo("/console/erasure?done=erased&caseId=" + caseId);
        admin.get(ConsoleClient.location(erased));
        assertThat(admin.lastBody).contains("The personal data in case " + caseId + " is erased.");
        lead.get("/console/cases/" + caseId);
        assertThat(lead.lastBody).doesNotContain("Rahima Begum").contains("erased the person");
    }

    @Test
    void agency_staff_and_reviewers_are_refused_the_screens_their_role_does_not_allow() {
        var caseworker = new ConsoleClient(web);
        caseworker.login("moe-cw", PASSWORD);
        assertThat(caseworker.get("/console/break-glass").getStatus().value()).isEqualTo(403);
        assertThat(caseworker.lastBody).contains("Your role does not allow this action.");
        assertThat(caseworker.get("/console/erasure").getStatus().value()).isEqualTo(403);
        assertThat(caseworker.get("/console/audit/export.jsonl").getStatus().value()).isEqualTo(403);
        assertThat(caseworker.get("/console/audit/checkpoint.json").getStatus().value()).isEqualTo(403);
        caseworker.get("/console");
        assertThat(caseworker.lastBody).doesNotContain("href=\"/console/break-glass\"", "href=\"/console/erasure\"");
        var reviewer = new ConsoleClient(web);
        reviewer.login("reviewer", PASSWORD);
        assertThat(reviewer.get("/console/erasure").getStatus().value()).as("erasure is for administrators").isEqualTo(403);
        assertThat(reviewer.post("/console/erasure", true, "caseId", "C1", "confirm", "C1", "reason", "x")
                .getStatus().value()).isEqualTo(403);
    }

    @Test
    void a_reviewer_downloads_the_export_the_checkpoint_and_the_public_key() throws Exception {
        openCase();
        var reviewer = new ConsoleClient(web);
        reviewer.login("reviewer", PASSWORD);
        reviewer.get("/console/audit");
        assertThat(reviewer.lastBody).contains("href=\"/console/audit/export.jsonl\"", "href=\"/console/audit/checkpoint.json\"");
        var jsonl = reviewer.get("/console/audit/export.jsonl");
        assertThat(jsonl.getStatus().value()).isEqualTo(200);
        assertThat(jsonl.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("setu-audit.jsonl");
        assertThat(reviewer.lastBody).startsWith("{\"seq\":1,");
        var csv = reviewer.get("/console/audit/export.csv");
        assertThat(csv.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("setu-audit.csv");
        assertThat(reviewer.lastBody).startsWith("seq,");
        var pem = reviewer.get("/console/audit/audit-public.pem");
        assertThat(pem.getStatus().value()).isEqualTo(200);
        assertThat(reviewer.lastBody).startsWith("-----BEGIN PUBLIC KEY-----");
        // Checkpoints are signed every 10 s in the background; wait for one.
        for (int i = 0; i < 30 && reviewer.get("/console/audit/checkpoint.json").getStatus().value() != 200; i++) {
            Thread.sleep(1000);
        }
        var checkpoint = reviewer.get("/console/audit/checkpoint.json");
        assertThat(checkpoint.getStatus().value()).isEqualTo(200);
        assertThat(checkpoint.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("checkpoint.json");
        assertThat(reviewer.lastBody).contains("\"headHash\"", "\"signature\"");
    }
}
