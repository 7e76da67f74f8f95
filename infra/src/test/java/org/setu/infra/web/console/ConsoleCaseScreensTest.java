package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page's history and the lead transfer in Debian's Chromium: each screen used as people use it, checked
 * with axe-core, weighed and photographed; the agency offered the lead cannot open the case until it takes it.
 */
class ConsoleCaseScreensTest extends BrowserTestBase {

    @Test
    void a_focal_point_offers_the_lead_and_the_other_agency_takes_it_and_reads_the_history() throws Exception {
        String caseId = openCase();
        refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        try (Browser focal = browser()) {
            focal.login("moe-fp", PASSWORD);
            focal.open("/console/cases/" + caseId);
            focal.choose("#lead-transfer-toAgency", "ngo-a");
            focal.submit("#lead-transfer button[type=submit]");
            assertThat(focal.find(".govuk-error-summary").getText()).as("the API's refusal in words")
                    .isNotBlank();
            assertThat(focal.find("#lead-transfer-reason").findElement(org.openqa.selenium.By.xpath(".."))
                    .getAttribute("class")).contains("govuk-form-group--error");
            focal.choose("#lead-transfer-toAgency", "ngo-a");
            focal.type("#lead-transfer-reason", "NGO-A runs the shelter in Dhaka");
            focal.submit("#lead-transfer button[type=submit]");
            // Names compared in lower case: other tests of the shared application rename agencies (MoEWOE).
            assertThat(focal.text().toLowerCase()).contains("the lead is offered to ngo-a; waiting for its answer.");
            assertThat(focal.find("#history").getText().toLowerCase()).contains("moe-cw (moewoe) opened the case.",
                    "moe-cw (moewoe) referred the case to iom-bd for reintegration.",
                    "moe-fp (moewoe) offered the lead of the case to ngo-a.");
            screen(focal, "en-10-case-history");
        }
        try (Browser ngo = browser()) {
            ngo.login("ngo-fp", PASSWORD);
            ngo.click("#lead-offers a");
            assertThat(ngo.driver.getCurrentUrl()).endsWith("/console/lead-offers");
            assertThat(ngo.find("#offer-" + caseId).getText().toLowerCase()).contains("moewoe", "return and reintegration")
                    .doesNotContain("rahima");
            screen(ngo, "en-11-lead-offers");
            ngo.open("/console/cases/" + caseId);
            assertThat(ngo.driver.getTitle()).as("no access before taking the lead").startsWith("Page not found");
            ngo.open("/console/lead-offers?lang=bn");
            screen(ngo, "bn-11-lead-offers");
            ngo.submit("#lead-accept-" + caseId + " button");
            assertThat(ngo.text()).contains("আপনার সংস্থা এখন কেসটির প্রধান।", "Rahima Begum");
            assertThat(ngo.find("#history").getText()).containsIgnoringCase("NGO-A-এর ngo-fp");
            screen(ngo, "bn-10-case-history");
        }
    }

    @Test
    void an_unknown_console_path_shows_the_consoles_own_not_found_page() throws Exception {
        try (Browser lost = browser()) {
            lost.login("iom-cw", PASSWORD);
            lost.open("/console/nowhere?lang=bn");
            assertThat(lost.lang()).isEqualTo("bn");
            assertThat(lost.driver.getTitle()).startsWith("পৃষ্ঠাটি পাওয়া যায়নি");
            screen(lost, "bn-08-unknown-path");
        }
    }

    @Test
    void a_reviewer_opens_emergency_access_and_sees_it_count_down_then_an_administrator_erases_the_person() throws Exception {
        String caseId = openCase();
        // A referral of its own, so that the indicator charts have a row when this test runs alone.
        refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "LEAD_AGENCY", "text", "shelter tonight"))
                .expectStatus().isCreated();
        try (Browser reviewer = browser()) {
            reviewer.login("reviewer", PASSWORD);
            reviewer.click("a[href='/console/break-glass']");
            reviewer.type("#break-glass-caseId", caseId);
            screen(reviewer, "en-12-break-glass");
            reviewer.submit("#break-glass button[type=submit]");
            assertThat(reviewer.find("#break-glass-reason").findElement(org.openqa.selenium.By.xpath(".."))
                    .getAttribute("class")).contains("govuk-form-group--error");
            screen(reviewer, "en-12-break-glass-refused");
            reviewer.type("#break-glass-reason", "Child reported missing from the shelter");
            reviewer.click("label[for=break-glass-duration-2]");
            reviewer.submit("#break-glass button[type=submit]");
            assertThat(reviewer.textOf("#glass-countdown")).containsPattern("ends in (1 hour, 59 minutes|2 hours)");
            assertThat(reviewer.text()).contains("Rahima Begum", "shelter tonight");
            screen(reviewer, "en-13-case-under-break-glass");
            reviewer.open("/console/audit");
            assertThat(reviewer.find("#downloads").getText()).contains("JSON Lines", "checkpoint");
            screen(reviewer, "en-09-audit-downloads");
            reviewer.open("/console/indicators?lang=bn");
            assertThat(reviewer.all("#charts svg[role=img] title")).hasSize(3);
            screen(reviewer, "bn-14-indicator-charts");
            reviewer.open("/console/break-glass");
            screen(reviewer, "bn-12-break-glass");
        }
        try (Browser admin = browser()) {
            admin.login("admin", PASSWORD);
            admin.click("a[href='/console/erasure']");
            admin.type("#erase-caseId", caseId);
            admin.type("#erase-reason", "The person asked for erasure");
            admin.type("#erase-confirm", caseId.substring(1));
            admin.submit("#erase button[type=submit]");
            assertThat(admin.find(".govuk-error-summary").getText()).contains("does not match");
            screen(admin, "en-15-erasure-refused");
            admin.type("#erase-confirm", caseId);
            admin.submit("#erase button[type=submit]");
            assertThat(admin.text()).contains("The personal data in case " + caseId + " is erased.");
            screen(admin, "en-15-erasure-done");
            admin.open("/console/erasure?lang=bn");
            screen(admin, "bn-15-erasure");
        }
    }
}
