package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.setu.infra.support.TestMongo;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration screens (agencies, agreements), the filtered audit trail, the directory and the accounts
 * screens in Debian's Chromium: used as people use them, each checked by axe-core, weighed and photographed, in
 * English and in Bangla, refusals included.
 */
class ConsoleAdministrationScreensTest extends BrowserTestBase {

    private static String fresh(String name) {
        return name + "-" + (System.nanoTime() % 1_000_000);
    }

    private static String groupClass(Browser browser, String css) {
        return browser.find(css).findElement(By.xpath("..")).getAttribute("class");
    }

    @Test
    void the_secretariat_admin_registers_an_agency_and_creates_an_agreement() throws Exception {
        String id = fresh("ngo-screen");
        try (Browser admin = browser()) {
            admin.login("admin", PASSWORD);
            admin.click("a[href='/console/agencies']");
            screen(admin, "en-20-agencies");
            admin.open("/console/agencies?lang=bn");
            screen(admin, "bn-20-agencies");
            admin.open("/console/agencies?lang=en");
            admin.type("#register-agencyId", id);
            admin.type("#register-name", "Screen Shelter");
            admin.choose("#register-type", "NGO");
            admin.click("#register-service-SHELTER");
            admin.type("#register-districts-SHELTER", "Dhakka");
            admin.submit("#register button[type=submit]");
            assertThat(admin.find(".govuk-error-summary").getText()).contains("Choose this from the list");
            assertThat(admin.find("#register-districts-SHELTER").getAttribute("class")).contains("govuk-input--error");
            screen(admin, "en-20-agencies-refused");
            admin.type("#register-districts-SHELTER", "Dhaka, Cumilla");
            admin.click("#register-languages-SHELTER-bn");
            admin.submit("#register button[type=submit]");
            assertThat(admin.text()).contains("The agency is registered.", "Screen Shelter");
            assertThat(admin.find("#staff-none").getText()).isEqualTo("No staff member is registered yet.");
            admin.type("#staff-staffId", "sabina");
            admin.type("#staff-name", "Sabina Yasmin");
            admin.click("label[for=staff-role-CASEWORKER]");
            admin.click("label[for=staff-role-FOCAL_POINT]");
            admin.submit("#staff button[type=submit]");
            assertThat(admin.find("#staff-list").getText()).contains("sabina", "Sabina Yasmin", "Caseworker", "Focal point");
            screen(admin, "en-21-agency");
            admin.open("/console/agencies/" + id + "?lang=bn");
            assertThat(admin.lang()).isEqualTo("bn");
            assertThat(admin.text()).contains("সংস্থাটি স্থগিত করুন");
            assertThat(admin.find("#staff-list").getText()).contains("Sabina Yasmin", "এখন কর্মী তালিকায় আছেন");
            admin.driver.executeScript("document.getElementById('staff-list').scrollIntoView()");
            admin.screenshot("bn-21-agency-staff");
            screen(admin, "bn-21-agency");

            admin.open("/console/agreements?lang=en");
            screen(admin, "en-22-agreements");
            admin.open("/console/agreements?lang=bn");
            screen(admin, "bn-22-agreements");
            admin.open("/console/agreements?lang=en");
            admin.type("#create-partner", "screen-partner");
            admin.click("#create-categories-TRAFFICKING");
            admin.type("#create-validUntil", "");
            admin.submit("#create button[type=submit]");
            assertThat(groupClass(admin, "#create-validUntil")).contains("govuk-form-group--error");
            screen(admin, "en-22-agreements-refused");
            admin.driver.executeScript("document.getElementById('create-validUntil').value = arguments[0]",
                    LocalDate.now(ZoneId.of("Asia/Dhaka")).plusDays(30).toString());
            admin.submit("#create button[type=submit]");
            assertThat(admin.text()).contains("The agreement is created.", "Agreement with screen-partner", "In force");
            screen(admin, "en-23-agreement");
            admin.open(URI.create(admin.driver.getCurrentUrl()).getPath() + "?lang=bn");
            assertThat(admin.text()).contains("screen-partner-এর সঙ্গে চুক্তি", "কার্যকর");
            screen(admin, "bn-23-agreement");
        }
    }

    @Test
    void the_secretariat_admin_rebuilds_a_view_and_starts_a_backup_on_the_operations_page() throws Exception {
        try (Browser admin = browser()) {
            admin.login("admin", PASSWORD);
            admin.click("a[href='/console/operations']");
            assertThat(admin.find("#projections").getText()).contains("Case lists", "caseloads");
            screen(admin, "en-34-operations");
            admin.submit("#rebuild-network-indicators button[type=submit]");
            assertThat(admin.text()).contains("The rebuild of Network indicators has started.");
            screen(admin, "en-34-operations-rebuilding");
            admin.open("/console/operations?lang=bn");
            assertThat(admin.lang()).isEqualTo("bn");
            assertThat(admin.text()).contains("পরিচালনা", "তালিকা পুনর্গঠন", "কেসের তালিকা");
            screen(admin, "bn-34-operations");
            if (TestMongo.realServerUri() == null) { // online backups are of the embedded store
                admin.submit("#backup button[type=submit]");
                assertThat(admin.find("#backup-status").getText()).contains("ব্যাকআপ");
                admin.driver.executeScript("document.getElementById('backups').scrollIntoView()");
                screen(admin, "bn-34-operations-backup");
            }
        }
    }

    @Test
    void a_reviewer_filters_the_audit_trail_and_staff_search_the_directory() throws Exception {
        openCase();
        try (Browser reviewer = browser()) {
            reviewer.login("reviewer", PASSWORD);
            reviewer.open("/console/audit");
            reviewer.type("#audit-type", "CaseOpened");
            reviewer.submit("#audit button[type=submit]");
            assertThat(reviewer.driver.getCurrentUrl()).contains("type=CaseOpened");
            screen(reviewer, "en-24-audit-filtered");
            reviewer.open("/console/audit?from=2026-99-01&lang=bn");
            assertThat(groupClass(reviewer, "#audit-from")).contains("govuk-form-group--error");
            screen(reviewer, "bn-24-audit-refused");
        }
        try (Browser staff = browser()) {
            staff.login("ngo-cw", PASSWORD);
            staff.click("a[href='/console/directory']");
            staff.choose("#directory-service", "REINTEGRATION");
            staff.submit("#directory-search button[type=submit]");
            assertThat(staff.find("#directory").getText()).containsIgnoringCase("iom-bd");
            screen(staff, "en-25-directory");
            staff.open("/console/directory?lang=bn");
            screen(staff, "bn-25-directory");
        }
    }

    @Test
    void an_agency_admin_invites_a_person_who_sets_a_password_on_accessible_screens() throws Exception {
        String username = fresh("rumana");
        String link;
        try (Browser admin = browser()) {
            admin.login("moe-admin", PASSWORD);
            admin.click("a[href='/console/accounts']");
            screen(admin, "en-26-accounts");
            admin.submit("#invite button[type=submit]");
            assertThat(admin.find(".govuk-error-summary").getText()).isNotBlank();
            screen(admin, "en-26-accounts-refused");
            admin.type("#invite-username", username);
            admin.type("#invite-name", "Rumana Akter");
            admin.click("#invite-role-CASEWORKER");
            admin.submit("#invite button[type=submit]");
            link = admin.find("#set-password-link code").getText();
            screen(admin, "en-27-account");
            admin.open("/console/accounts/moewoe/" + username + "?lang=bn");
            assertThat(admin.text()).contains("পাসওয়ার্ড রিসেট করুন");
            screen(admin, "bn-27-account");
        }
        try (Browser person = browser()) {
            person.open(link.substring(link.indexOf("/set-password")));
            screen(person, "en-28-set-password");
            person.type("#password", "password1234");
            person.type("#confirm", "password1234");
            person.submit("main button[type=submit]");
            assertThat(person.text()).contains("many people use");
            screen(person, "en-28-set-password-refused");
            person.open(link.substring(link.indexOf("/set-password")) + "&lang=bn");
            assertThat(person.lang()).isEqualTo("bn");
            screen(person, "bn-28-set-password");
        }
    }
}
