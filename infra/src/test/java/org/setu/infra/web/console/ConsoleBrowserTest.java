package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in a real headless Chromium against the whole application: the referral flow between two agencies,
 * need-to-know, refusals on the form, and every screen checked with axe-core, weighed and photographed.
 */
class ConsoleBrowserTest extends BrowserTestBase {

    @Test
    void a_caseworker_opens_and_refers_a_case_and_the_receiving_focal_point_accepts_and_completes_it() throws Exception {
        String caseId;
        try (Browser amina = browser()) {
            amina.open("/");
            assertThat(amina.lang()).isEqualTo("en");
            screen(amina, "en-01-login");
            amina.login("moe-cw", PASSWORD);
            assertThat(amina.driver.getCurrentUrl()).endsWith("/console");
            screen(amina, "en-02-my-work");

            amina.open("/console/cases/new");
            screen(amina, "en-03-open-case");
            amina.choose("#open-category", "RETURN_REINTEGRATION");
            amina.click("label[for=open-stage-3]");
            amina.choose("#open-district", "Dhaka");
            amina.choose("#open-countryOfDestination", "SA");
            amina.type("#open-subject-fullName", "Rahima Begum");
            amina.type("#open-subject-dateOfBirth", "1990-01-31");
            amina.click("label[for=open-sex-F]");
            amina.click("input[name='consent.agencies'][value=iom-bd] + label");
            amina.click("input[name='consent.purposes'][value=SERVICE_PROVISION] + label");
            amina.submit("#open button[type=submit]");
            assertThat(amina.text()).contains("The case is open.", "Rahima Begum", "31 Jan 1990");
            caseId = amina.driver.getCurrentUrl().replaceAll(".*/console/cases/([^?]+).*", "$1");

            // Outside the consent: the API's refusal, in words, on the form, with the field marked.
            amina.choose("#refer-toAgency", "ngo-outside");
            amina.choose("#refer-serviceType", "SHELTER");
            amina.submit("#refer button[type=submit]");
            assertThat(amina.find(".govuk-error-summary").getText())
                    .contains("The person did not consent to sharing with this agency.");
            assertThat(amina.find("#refer-toAgency").findElement(By.xpath(".."))
                    .getAttribute("class")).contains("govuk-form-group--error");
            screen(amina, "en-04-refusal-on-form");

            amina.choose("#refer-toAgency", "iom-bd");
            amina.choose("#refer-serviceType", "REINTEGRATION");
            amina.type("#refer-note", "Returned from Riyadh last week");
            amina.submit("#refer button[type=submit]");
            assertThat(amina.text()).contains("The referral is sent.", "Requested", "left");
            assertThat(amina.find("[id^=referral-R] .govuk-summary-card__title").getText()).containsIgnoringCase("to IOM");
            screen(amina, "en-05-case-referred");
            amina.logout();
            assertThat(amina.text()).contains("You have signed out.");
            amina.open("/console/cases/" + caseId);
            assertThat(amina.driver.getCurrentUrl()).as("logout ends access").endsWith("/login");
        }
        try (Browser nadia = browser()) {
            nadia.login("iom-fp", PASSWORD);
            assertThat(nadia.find("#pending").getText()).contains(caseId.substring(0, 10), "Reintegration", "left");
            nadia.find("#pending a[href='/console/cases/" + caseId + "']").click();
            assertThat(nadia.text()).as("within consent: IOM sees the person").contains("Rahima Begum")
                    .contains("Returned from Riyadh last week");
            screen(nadia, "en-06-case-received");
            nadia.submit("form[id^=accept-] button");
            assertThat(nadia.text()).contains("You accepted the referral.", "Accepted");
            nadia.type("textarea[name=outcome]", "Reintegration grant paid");
            nadia.submit("form[id^=complete-] button");
            assertThat(nadia.driver.getCurrentUrl()).as("its need-to-know ended: back to its work").endsWith("/console?done=complete");
            assertThat(nadia.text()).contains("The referral is complete.");
            screen(nadia, "en-07-referral-completed");
            nadia.open("/console/cases/" + caseId);
            assertThat(nadia.driver.getTitle()).startsWith("Page not found");
        }
        var lead = new ConsoleClient(web);
        lead.login("moe-cw", PASSWORD);
        lead.get("/console/cases/" + caseId);
        assertThat(lead.lastBody).as("the lead sees the outcome").contains("Completed", "Reintegration grant paid");
    }

    @Test
    void staff_of_an_unrelated_agency_get_the_same_not_found_page_as_for_an_unknown_case_and_never_the_name() throws Exception {
        String caseId = openCase();
        try (Browser outsider = browser()) {
            outsider.login("out-fp", PASSWORD);
            outsider.open("/console/cases/" + caseId);
            String page = outsider.driver.getPageSource();
            String seen = outsider.text();
            assertThat(outsider.driver.getTitle()).startsWith("Page not found");
            assertThat(page).doesNotContain("Rahima", "BX1234567", caseId);
            screen(outsider, "en-08-not-found");
            outsider.open("/console/cases/C00000000-0000-0000-0000-000000000000");
            assertThat(outsider.driver.getTitle()).startsWith("Page not found");
            assertThat(outsider.text()).as("the same page as for a case that does not exist").isEqualTo(seen);
        }
    }

    @Test
    void the_queue_updates_live_when_a_referral_arrives() throws Exception {
        try (Browser nadia = browser()) {
            nadia.login("iom-fp", PASSWORD);
            String caseId = openCase();
            refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
            // No reload: htmx swaps the lists in when the queue's event stream reports the change.
            String url = nadia.driver.getCurrentUrl();
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                    .until(() -> nadia.find("#pending").getText().contains(caseId.substring(0, 10)));
            assertThat(nadia.driver.getCurrentUrl()).isEqualTo(url);
        }
    }

}
