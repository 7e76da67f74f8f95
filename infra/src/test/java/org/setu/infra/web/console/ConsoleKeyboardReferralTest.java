package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral flow with the keyboard alone (WCAG 2.1.1), in Debian's Chromium: a caseworker signs in, opens a case
 * with consent and refers it; the receiving focal point signs in, opens it from the queue, accepts and completes it.
 * No click anywhere: every control is reached by Tab in the page's order.
 */
class ConsoleKeyboardReferralTest extends BrowserTestBase {

    @Test
    void a_case_is_opened_referred_accepted_and_completed_with_the_keyboard_alone() throws Exception {
        String caseId;
        try (Browser amina = browser()) {
            Keyboard keys = signIn(amina, "moe-cw");
            keys.enter("a[href='/console/cases/new']");
            keys.select("#open-category", "RETURN_REINTEGRATION");
            keys.radio("migrationStage", "open-stage-3");
            keys.select("#open-district", "Dhaka");
            keys.select("#open-countryOfDestination", "SA");
            keys.typeInto("#open-subject-fullName", "Rahima Begum");
            keys.typeInto("#open-subject-dateOfBirth", "1990-01-31");
            keys.radio("subject.sex", "open-sex-F");
            keys.tick("input[name='consent.agencies'][value=iom-bd]");
            keys.tick("input[name='consent.purposes'][value=SERVICE_PROVISION]");
            keys.enter("#open button[type=submit]");
            assertThat(amina.text()).contains("The case is open.", "Rahima Begum");
            caseId = amina.driver.getCurrentUrl().replaceAll(".*/console/cases/([^?#]+).*", "$1");

            keys.select("#refer-toAgency", "iom-bd");
            keys.select("#refer-serviceType", "REINTEGRATION");
            keys.typeInto("#refer-note", "Returned from Riyadh last week");
            keys.enter("#refer button[type=submit]");
            assertThat(amina.text()).contains("The referral is sent.", "Requested");
            screen(amina, "en-40-keyboard-referred");
        }
        try (Browser nadia = browser()) {
            Keyboard keys = signIn(nadia, "iom-fp");
            keys.enter("#pending a[href='/console/cases/" + caseId + "']");
            assertThat(nadia.text()).contains("Rahima Begum", "Returned from Riyadh last week");
            keys.enter("form[id^=accept-] button");
            assertThat(nadia.text()).contains("You accepted the referral.", "Accepted");
            keys.typeInto("textarea[name=outcome]", "Reintegration grant paid");
            keys.enter("form[id^=complete-] button");
            assertThat(nadia.driver.getCurrentUrl()).endsWith("/console?done=complete");
            assertThat(nadia.text()).contains("The referral is complete.");
        }
    }

    private static Keyboard signIn(Browser browser, String username) {
        browser.open("/login");
        Keyboard keys = new Keyboard(browser);
        keys.typeInto("#username", username);
        keys.typeInto("#password", PASSWORD);
        keys.enter("main button[type=submit]");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console");
        return keys;
    }
}
