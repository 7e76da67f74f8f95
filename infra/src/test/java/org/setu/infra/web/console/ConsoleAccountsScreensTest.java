package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts screens in Debian's Chromium, as an agency admin and the invited person use them: the list and the
 * invite form, a refusal on the form, the account page with its one-time link, choosing a password (a refused one
 * first), then signing in; each screen checked with axe-core, weighed and photographed, once in Bangla.
 */
class ConsoleAccountsScreensTest extends BrowserTestBase {

    private static final String GOOD = "jackfruit ferry lantern kite";

    @Test
    void an_admin_invites_in_the_browser_and_the_person_chooses_a_password_and_signs_in() throws Exception {
        String username = "rina-" + (System.nanoTime() % 1_000_000);
        String link;
        try (Browser admin = browser()) {
            admin.login("moe-admin", PASSWORD);
            admin.open("/console/accounts");
            screen(admin, "en-20-accounts");
            admin.submit("#invite button[type=submit]");
            assertThat(admin.find(".govuk-error-summary").getText()).as("the API's refusal in words").isNotBlank();
            screen(admin, "en-20-accounts-refused");
            admin.type("#invite-username", username);
            admin.type("#invite-name", "Rina Akter");
            admin.click("#invite-role-CASEWORKER");
            admin.submit("#invite button[type=submit]");
            link = admin.find("#set-password-link code").getText();
            assertThat(link).contains("/set-password?token=");
            screen(admin, "en-21-account-link");
            admin.open("/console/accounts?lang=bn");
            assertThat(admin.lang()).isEqualTo("bn");
            assertThat(admin.text()).contains(username);
            screen(admin, "bn-20-accounts");
        }
        try (Browser person = browser()) {
            person.open(link.substring(link.indexOf("/set-password")));
            assertThat(person.text()).contains(username);
            screen(person, "en-22-set-password");
            person.type("#password", "password1234");
            person.type("#confirm", "password1234");
            person.submit("main button[type=submit]");
            assertThat(person.find("#password-error").getText()).isNotBlank();
            screen(person, "en-22-set-password-refused");
            person.type("#password", GOOD);
            person.type("#confirm", GOOD);
            person.submit("main button[type=submit]");
            assertThat(person.text()).contains("Your password is set");
            screen(person, "en-23-password-set");
            person.login(username, GOOD);
            assertThat(person.driver.getCurrentUrl()).endsWith("/console");
        }
    }
}
