package org.setu.infra.web.console;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in a real headless Chromium against the whole application: the referral flow between two agencies,
 * need-to-know, refusals on the form, and every screen checked with axe-core, weighed and photographed.
 */
class ConsoleBrowserTest extends ApiTestBase {

    static final String PASSWORD = "test-password";
    static final long MAX_FIRST_LOAD_BYTES = 150 * 1024;

    @LocalServerPort
    int serverPort;

    @BeforeAll
    static void chromium() throws java.io.IOException {
        java.nio.file.Files.deleteIfExists(Browser.OUT.resolve("measurements.txt"));
        Assumptions.assumeTrue(Browser.available(), "Browser tests skipped: /usr/bin/chromium is missing "
                + "(apt-get install -y chromium chromium-driver; .ci/run installs them)");
        assertThat(Browser.CHROMEDRIVER).as("Chromium is installed but its driver is not: apt-get install -y chromium-driver")
                .isExecutable();
    }

    /** Photographs the screen, runs axe-core on it and weighs it. */
    static void screen(Browser browser, String name) {
        browser.screenshot(name);
        assertThat(browser.seriousViolations()).as("serious or critical axe-core violations on %s", name).isEmpty();
        Map<String, Object> weight = browser.measure(name);
        assertThat(((Number) weight.get("bytes")).longValue()).as("first-load bytes of %s", name)
                .isPositive().isLessThan(MAX_FIRST_LOAD_BYTES);
    }

    @Test
    void a_caseworker_opens_and_refers_a_case_and_the_receiving_focal_point_accepts_and_completes_it() throws Exception {
        String caseId;
        try (Browser amina = new Browser(serverPort)) {
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
            amina.type("#open-district", "Dhaka");
            amina.type("#open-countryOfDestination", "SA");
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
        try (Browser nadia = new Browser(serverPort)) {
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
        try (Browser outsider = new Browser(serverPort)) {
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
    void the_flow_in_bangla_shows_bengali_digits_and_keeps_the_language() throws Exception {
        try (Browser amina = new Browser(serverPort)) {
            amina.open("/login?lang=bn");
            assertThat(amina.lang()).isEqualTo("bn");
            assertThat(amina.text()).contains("লগইন", "ব্যবহারকারীর নাম", "পাসওয়ার্ড");
            assertThat((Boolean) amina.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    document.fonts.ready.then(() => done(document.fonts.check('16px "Setu Bengali"', 'কেস')));
                    """)).as("the shipped Bangla font is in use").isTrue();
            screen(amina, "bn-01-login");
            amina.login("moe-cw", PASSWORD);
            assertThat(amina.lang()).as("the choice is remembered").isEqualTo("bn");
            screen(amina, "bn-02-my-work");
            amina.open("/console/cases/new");
            amina.choose("#open-category", "TRAFFICKING");
            amina.click("label[for=open-stage-2]");
            amina.type("#open-district", "যশোর");
            amina.type("#open-subject-fullName", "রহিমা বেগম");
            amina.type("#open-subject-dateOfBirth", "১৯৯০-০১-৩১");
            amina.click("input[name='consent.agencies'][value=ngo-a] + label");
            amina.click("input[name='consent.purposes'][value=SERVICE_PROVISION] + label");
            screen(amina, "bn-03-open-case");
            amina.submit("#open button[type=submit]");
            assertThat(amina.text()).contains("কেসটি খোলা হয়েছে।", "রহিমা বেগম", "মানব পাচার")
                    .as("a date in Bengali digits and a Bangla month").contains("৩১ জানু, ১৯৯০");
            amina.choose("#refer-toAgency", "ngo-a");
            amina.choose("#refer-serviceType", "PSYCHOSOCIAL");
            amina.submit("#refer button[type=submit]");
            assertThat(amina.text()).contains("রেফারেল পাঠানো হয়েছে।", "মনোসামাজিক সহায়তা", "অনুরোধ করা হয়েছে", "বাকি");
            screen(amina, "bn-04-case-referred");
            amina.open("/console/cases");
            assertThat(amina.find("main").getText()).as("a count in Bengali digits").containsPattern("[০-৯]+টি কেস");
            screen(amina, "bn-05-cases");
        }
        try (Browser ngo = new Browser(serverPort)) {
            ngo.open("/login?lang=bn");
            ngo.login("ngo-fp", PASSWORD);
            assertThat(ngo.find("#pending").getText()).contains("মনোসামাজিক সহায়তা");
            ngo.find("#pending a").click();
            ngo.submit("form[id^=accept-] button");
            assertThat(ngo.text()).contains("আপনি রেফারেলটি গ্রহণ করেছেন।", "গৃহীত");
            ngo.submit("form[id^=complete-] button");
            assertThat(ngo.find(".govuk-error-summary").getText()).as("a refusal in Bangla").contains("এই ঘরটি পূরণ করুন");
            screen(ngo, "bn-06-refusal");
        }
    }

    @Test
    void the_queue_updates_live_when_a_referral_arrives() throws Exception {
        try (Browser nadia = new Browser(serverPort)) {
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

    @Test
    void signing_in_and_reaching_the_main_content_work_with_the_keyboard_alone() throws Exception {
        try (Browser keyboard = new Browser(serverPort)) {
            keyboard.open("/login");
            Actions keys = new Actions(keyboard.driver);
            keys.sendKeys("moe-cw").sendKeys(Keys.TAB).sendKeys(PASSWORD).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(keyboard.driver, Duration.ofSeconds(60)).until(ExpectedConditions.urlMatches(".*/console$"));
            keys.sendKeys(Keys.TAB).perform();
            var skip = keyboard.driver.switchTo().activeElement();
            assertThat(skip.getText()).as("the first stop is the skip link, visible when focused").isEqualTo("Skip to main content");
            assertThat(skip.isDisplayed()).isTrue();
            keys.sendKeys(Keys.ENTER).perform();
            assertThat(keyboard.driver.getCurrentUrl()).endsWith("#main");
        }
    }

    @Test
    void the_secretariat_screens_pass_axe_in_both_languages() throws Exception {
        openCase();
        try (Browser reviewer = new Browser(serverPort)) {
            reviewer.login("reviewer", PASSWORD);
            reviewer.open("/console/audit");
            assertThat(reviewer.find("#verification").getText()).contains("Chain intact");
            screen(reviewer, "en-09-audit");
            reviewer.open("/console/indicators?lang=bn");
            assertThat(reviewer.lang()).isEqualTo("bn");
            screen(reviewer, "bn-07-indicators");
        }
    }
}
