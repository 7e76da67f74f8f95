package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** Console pages over plain HTTP (no script): agency search, consent override, caseload filters, bad input. */
class ConsolePagesTest extends ApiTestBase {

    static final String PASSWORD = "test-password";

    @Test
    void the_refer_form_finds_agencies_by_service_and_marks_those_outside_the_consent() {
        String caseId = openCase();
        var lead = new ConsoleClient(web);
        lead.login("moe-cw", PASSWORD);
        lead.get("/console/cases/" + caseId + "?service=SHELTER");
        String select = lead.lastBody.substring(lead.lastBody.indexOf("id=\"refer-toAgency\""));
        select = select.substring(0, select.indexOf("</select>"));
        assertThat(select).contains("value=\"ngo-outside\"", "(outside the consent)")
                .doesNotContain("value=\"iom-bd\"", "value=\"ngo-a\"");
        lead.get("/console/cases/" + caseId + "?service=PSYCHOSOCIAL&language=bn");
        assertThat(lead.lastBody).contains("value=\"ngo-a\"").doesNotContain("value=\"ngo-outside\"");
    }

    @Test
    void a_lead_focal_point_overrides_the_consent_with_a_reason_and_may_then_refer() {
        String caseId = openCase();
        var caseworker = new ConsoleClient(web);
        caseworker.login("moe-cw", PASSWORD);
        caseworker.get("/console/cases/" + caseId);
        assertThat(caseworker.lastBody).as("caseworkers are not offered the override").doesNotContain("id=\"override\"");
        var focal = new ConsoleClient(web);
        focal.login("moe-fp", PASSWORD);
        focal.get("/console/cases/" + caseId);
        assertThat(focal.lastBody).contains("id=\"override\"");
        var noReason = focal.post("/console/cases/" + caseId + "/override", true, "agency", "ngo-outside");
        assertThat(noReason.getStatus().value()).isEqualTo(400);
        assertThat(focal.lastBody).contains("govuk-form-group--error", "id=\"override-reason-error\"");
        var done = focal.post("/console/cases/" + caseId + "/override", true, "agency", "ngo-outside",
                "reason", "at risk of harm tonight");
        assertThat(ConsoleClient.location(done)).endsWith("?done=override");
        focal.get(ConsoleClient.location(done));
        assertThat(focal.lastBody).contains("The override is recorded.", "Shared outside the consent with");
        String refer = focal.lastBody.substring(focal.lastBody.indexOf("id=\"refer-toAgency\""));
        String option = refer.substring(refer.indexOf("value=\"ngo-outside\""));
        assertThat(option.substring(0, option.indexOf("</option>")))
                .as("an overridden agency is within reach: not marked outside the consent")
                .doesNotContain("(outside the consent)");
        var referred = focal.post("/console/cases/" + caseId + "/refer", true, "toAgency", "ngo-outside",
                "serviceType", "SHELTER", "urgency", "URGENT");
        assertThat(ConsoleClient.location(referred)).endsWith("?done=refer");
    }

    @Test
    void the_caseload_filters_by_status_and_refuses_an_unknown_filter_as_a_page() {
        openCase();
        var console = new ConsoleClient(web);
        console.login("moe-cw", PASSWORD);
        console.get("/console/cases?status=OPEN&category=RETURN_REINTEGRATION");
        assertThat(console.lastBody).containsPattern("value=\"OPEN\"\\s+selected=\"selected\"")
                .contains("Return and reintegration");
        var bad = console.get("/console/cases?status=MAYBE");
        assertThat(bad.getStatus().value()).isEqualTo(400);
        assertThat(console.lastBody).contains("Setu could not do this").doesNotContain("Exception");
    }

    @Test
    void a_malformed_case_id_is_the_same_not_found_page() {
        var console = new ConsoleClient(web);
        console.login("moe-cw", PASSWORD);
        var page = console.get("/console/cases/not a case");
        assertThat(page.getStatus().value()).isEqualTo(404);
        assertThat(console.lastBody).contains("Page not found");
    }

    @Test
    void a_reviewer_sees_the_audit_trail_with_its_verification_and_downloads_the_indicators_csv() {
        String caseId = openCase();
        refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        var reviewer = new ConsoleClient(web);
        reviewer.login("reviewer", PASSWORD);
        reviewer.get("/console");
        assertThat(reviewer.lastBody).contains("href=\"/console/audit\"", "href=\"/console/indicators\"");
        assertThat(reviewer.get("/console/audit?caseId=" + caseId).getStatus().value()).isEqualTo(200);
        assertThat(reviewer.lastBody).contains("Chain intact", "entries verified", "moe-cw (moewoe)");
        assertThat(reviewer.get("/console/indicators").getStatus().value()).isEqualTo(200);
        assertThat(reviewer.lastBody).contains("Return and reintegration", "Download these indicators as CSV");
        var csv = reviewer.get("/console/indicators.csv");
        assertThat(csv.getStatus().value()).isEqualTo(200);
        assertThat(csv.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("setu-indicators.csv");
        assertThat(reviewer.lastBody).startsWith("month,category");
    }

    @Test
    void staff_of_an_agency_get_the_role_refusal_on_secretariat_screens_and_no_links_to_them() {
        var caseworker = new ConsoleClient(web);
        caseworker.login("moe-cw", PASSWORD);
        caseworker.get("/console");
        assertThat(caseworker.lastBody).doesNotContain("href=\"/console/indicators\"");
        assertThat(caseworker.get("/console/indicators").getStatus().value()).isEqualTo(403);
        assertThat(caseworker.lastBody).contains("Your role does not allow this action.");
        assertThat(caseworker.get("/console/indicators.csv").getStatus().value()).isEqualTo(403);
    }
}
