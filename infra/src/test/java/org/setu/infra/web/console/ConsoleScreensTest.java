package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Keyboard-only sign-in and the secretariat's screens, in Debian's Chromium. */
class ConsoleScreensTest extends BrowserTestBase {

    @Test
    void signing_in_and_reaching_the_main_content_work_with_the_keyboard_alone() throws Exception {
        try (Browser keyboard = browser()) {
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
        try (Browser reviewer = browser()) {
            reviewer.login("reviewer", PASSWORD);
            reviewer.open("/console/audit");
            assertThat(reviewer.find("#verification").getText()).contains("Chain intact");
            screen(reviewer, "en-09-audit");
            reviewer.open("/console/indicators?lang=bn");
            assertThat(reviewer.lang()).isEqualTo("bn");
            screen(reviewer, "bn-07-indicators");
        }
    }

    @Test
    void the_audit_trail_pages_pass_axe_in_both_languages() throws Exception {
        String caseId = openCase();
        for (int i = 0; i < 55; i++) {
            get("/api/v1/cases/" + caseId, "moe-cw").expectStatus().isOk();
        }
        try (Browser reviewer = browser()) {
            reviewer.login("reviewer", PASSWORD);
            String filtered = "/console/audit?caseId=" + caseId + "&type=CaseViewed";
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                reviewer.open(filtered);
                return reviewer.find("#audit-count").getText().contains("55");
            });
            assertThat(reviewer.find(".govuk-pagination").getText()).contains("Page 1 of 2", "Next page");
            screen(reviewer, "en-09-audit-paged");
            reviewer.submit(".govuk-pagination a[rel=next]");
            assertThat(reviewer.driver.getCurrentUrl()).contains("page=1", "caseId=" + caseId);
            reviewer.driver.get(reviewer.driver.getCurrentUrl() + "&lang=bn");
            assertThat(reviewer.lang()).isEqualTo("bn");
            assertThat(reviewer.find(".govuk-pagination").getText()).contains("আগের পৃষ্ঠা").contains("২");
            screen(reviewer, "bn-09-audit-page-2");
        }
    }
}
